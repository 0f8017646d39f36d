import type { SourceFrontmatter } from '../../schemas/source';
import { formatEdtfRange } from '../dates/format';
import { ui } from '../../i18n/en/ui';

type TitleFrom = SourceFrontmatter['titleFrom'];

/** Says where a title is ours rather than the source's headline; null for a headline. */
export function titleNote(titleFrom: TitleFrom): string | null {
  return ui.source.titleNotes[titleFrom];
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "English (en)", "Vietnamese (vi)"; the code alone when it has no English name. */
export function languageLabel(code: string): string {
  let name: string | undefined;
  try {
    name = languageNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** The period a review conference covered, e.g. "2023" or "2015 – 2018". */
export function periodLabel(period: { start: string; end: string }): string {
  return formatEdtfRange(period.start, period.end);
}

/** A value the ingest marked `unknown`, or the value in words for readers. */
export function orNotFound<T>(value: T | 'unknown', format: (known: T) => string = String): string {
  return value === 'unknown' ? ui.source.notFound : format(value);
}

/** The language a source's title is written in: ours (English) when assigned, else the source's. */
export function titleLanguage({ titleFrom, language }: Pick<SourceFrontmatter, 'titleFrom' | 'language'>): string {
  return titleFrom === 'assigned' ? 'en' : language;
}
