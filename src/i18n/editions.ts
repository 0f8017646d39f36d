import type { Catalogue } from './en/catalogue';
import { en } from './en/shared';
import { vi } from './vi/shared';

/**
 * The site's editions, and the words each shares with the timeline's client
 * script (which bundles this module; the pages' own words are in ui-editions.ts). English is the default and lives at the site's root;
 * every other edition lives under its own prefix (`/vi/`).
 */
export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

const WORDS: Record<Lang, Catalogue> = { en, vi };

/** The words the timeline's script and the pages share, in one edition. */
export function wordsFor(lang: Lang): Catalogue {
  return WORDS[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other edition's language, for names given in both. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'vi' : 'en';
}

/** The path segment an edition adds after the site's base: "" for English, "vi/" for Vietnamese. */
export function editionPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** The same page in every edition: for a path after the site's base, each edition's path. */
export function editionPaths(pathAfterBase: string): { lang: Lang; path: string }[] {
  const lang = langOfPath(pathAfterBase);
  const rest = pathAfterBase.slice(editionPrefix(lang).length);
  return LANGS.map((other) => ({ lang: other, path: editionPrefix(other) + rest }));
}

/** Which edition a path (after the site's base, no leading slash) belongs to. */
export function langOfPath(pathAfterBase: string): Lang {
  const first = pathAfterBase.split('/')[0];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}
