import type { SourceFrontmatter } from '../../schemas/source';
import { formatEdtfRange } from '../dates/format';

type TitleFrom = SourceFrontmatter['titleFrom'];

/** Says where a title is ours rather than the source's headline; null for a headline. */
export function titleNote(titleFrom: TitleFrom): string | null {
  switch (titleFrom) {
    case 'headline':
      return null;
    case 'url-slug':
      return 'The title is ours, rebuilt from the words of the page’s address (URL slug): the headline itself was not found.';
    case 'assigned':
      return 'The title is ours, written to describe the text: the source’s headline was not found.';
  }
}

export const SOURCE_TYPE_LABELS: Record<SourceFrontmatter['type'], string> = {
  article: 'Article: the full text of a news report',
  reference: 'Reference: a quoted excerpt of a public report',
};

export const CONFERENCE_FORMAT_LABELS: Record<'in-person' | 'online' | 'hybrid', string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid (in person and online)',
};

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

/** A value the ingest marked `unknown`, in words for readers. */
export const NOT_FOUND = 'not found';

export function orNotFound<T>(value: T | 'unknown', format: (known: T) => string = String): string {
  return value === 'unknown' ? NOT_FOUND : format(value);
}

/** The language a source's title is written in: ours (English) when assigned, else the source's. */
export function titleLanguage({ titleFrom, language }: Pick<SourceFrontmatter, 'titleFrom' | 'language'>): string {
  return titleFrom === 'assigned' ? 'en' : language;
}
