import type { SourceFrontmatter } from '../../schemas/source';
import { formatEdtfRange } from '../dates/format';
import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { uiFor } from '../../i18n/ui-editions';

type TitleFrom = SourceFrontmatter['titleFrom'];

/** Says where a title is ours rather than the source's headline; null for a headline. */
export function titleNote(titleFrom: TitleFrom, lang: Lang = DEFAULT_LANG): string | null {
  return uiFor(lang).source.titleNotes[titleFrom];
}

/** "English (en)", "Vietnamese (vi)" ("tiếng Việt (vi)" in Vietnamese); the code alone when it has no name. */
export function languageLabel(code: string, lang: Lang = DEFAULT_LANG): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** The period a review conference covered, e.g. "2023" or "2015 – 2018". */
export function periodLabel(period: { start: string; end: string }, lang: Lang = DEFAULT_LANG): string {
  return formatEdtfRange(period.start, period.end, lang);
}

/** A value the ingest marked `unknown`, or the value in words for readers. */
export function orNotFound<T>(
  value: T | 'unknown',
  format: (known: T) => string = String,
  lang: Lang = DEFAULT_LANG,
): string {
  return value === 'unknown' ? uiFor(lang).source.notFound : format(value);
}

/** The language a source's title is written in: ours (English) when assigned, else the source's. */
export function titleLanguage({ titleFrom, language }: Pick<SourceFrontmatter, 'titleFrom' | 'language'>): string {
  return titleFrom === 'assigned' ? 'en' : language;
}
