import type { Catalogue, UiCatalogue } from '../i18n/en/catalogue';
import { editionPaths, editionPrefix, langOfPath, wordsFor, type Lang } from '../i18n/editions';
import { uiFor } from '../i18n/ui-editions';
import { SITE_BASE } from './base';

/** What a page or component needs to speak in its edition. */
export interface Edition {
  lang: Lang;
  /** Where the edition's pages start: the site's base, then "vi/" for Vietnamese. Data files stay under SITE_BASE. */
  base: string;
  words: Catalogue;
  ui: UiCatalogue;
}

export function editionFor(lang: Lang): Edition {
  return { lang, base: SITE_BASE + editionPrefix(lang), words: wordsFor(lang), ui: uiFor(lang) };
}

/** The edition of the page being rendered, from its address (`Astro.url`). */
export function editionOf(url: URL): Edition {
  const path = url.pathname.startsWith(SITE_BASE) ? url.pathname.slice(SITE_BASE.length) : url.pathname;
  return editionFor(langOfPath(path));
}

/** The page at `url` in every edition, as paths from the site's root: for hreflang links and the language switch. */
export function alternatesOf(url: URL): { lang: Lang; href: string }[] {
  const path = url.pathname.startsWith(SITE_BASE) ? url.pathname.slice(SITE_BASE.length) : '';
  return editionPaths(path).map(({ lang, path: other }) => ({ lang, href: SITE_BASE + other }));
}
