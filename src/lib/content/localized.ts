import type { Lang } from '../../i18n/editions';

/**
 * An entry's words in one edition. A translation lives beside the English in
 * the entry's `vi:` block; where one is missing the English stands in, and
 * says so by its language, which pages mark with `lang`.
 */
export interface InLanguage {
  text: string;
  lang: Lang;
}

/** An entry as its frontmatter gives it, or as events.json publishes it (absent fields there are null). */
interface Translatable {
  title: string;
  place?: string | null | undefined;
  vi?: { title: string; summary: string; place?: string | null | undefined } | null | undefined;
}

/** The title in the edition's language, or the English one. */
export function titleIn(data: Translatable, lang: Lang): InLanguage {
  return lang === 'vi' && data.vi ? { text: data.vi.title, lang } : { text: data.title, lang: 'en' };
}

/** The summary (Markdown) in the edition's language, or the English one (the entry's body). */
export function summaryIn(data: Translatable, body: string, lang: Lang): InLanguage {
  return lang === 'vi' && data.vi ? { text: data.vi.summary, lang } : { text: body, lang: 'en' };
}

/** The place in the edition's language: the Vietnamese one where it is written differently, else the one given. */
export function placeIn(data: Translatable, lang: Lang): string | undefined {
  return (lang === 'vi' ? data.vi?.place : undefined) ?? data.place ?? undefined;
}

/** The `lang` attribute an element needs when its text is not in the page's language. */
export function langMark(text: InLanguage, pageLang: Lang): Lang | undefined {
  return text.lang === pageLang ? undefined : text.lang;
}

export interface TranslationCoverage {
  total: number;
  translated: number;
  /** Ids of the entries with no Vietnamese title and summary. */
  missing: string[];
}

/** How many entries have their words in Vietnamese: the translation coverage the build reports. */
export function translationCoverage(entries: readonly { id: string; data: Translatable }[]): TranslationCoverage {
  const missing = entries.filter((entry) => !entry.data.vi).map((entry) => entry.id);
  return { total: entries.length, translated: entries.length - missing.length, missing };
}

/** "Vietnamese: 330 of 332 entries translated; missing: a, b" (the English stands in for those). */
export function describeTranslationCoverage({ total, translated, missing }: TranslationCoverage): string {
  const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '');
  return `Vietnamese: ${String(translated)} of ${String(total)} entries translated${missing.length > 0 ? `; missing: ${shown}` : ''}`;
}
