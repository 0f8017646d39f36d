import { ArticleSource, type ArticleSourceInput } from '../../schemas/source';
import type { Format } from '../../schemas/vocabulary/types';
import { isEdtf, precisionOf } from '../../schemas/edtf';
import { describeIssue } from '../content/zod-issues';
import { fieldPath } from '../content/problems';
import { cleanArticle } from './clean-article';
import { detectCandidates, type Candidate } from './detect-candidates';
import { detectMetadata, type ArticleMetadata } from './detect-metadata';
import { detectLanguage } from './detect-metadata-vi';

/** What the curator can supply that a raw text may lack. */
export interface IngestOptions {
  /** The raw file's name, recorded as the entry's `seed`, and the SHA-256 of its bytes. */
  seedName: string;
  seedSha256?: string;
  published?: string;
  url?: string;
  publisher?: string;
  title?: string;
  /** How `title` was established; default "headline". */
  titleFrom?: 'headline' | 'url-slug' | 'assigned';
  language?: string;
  translator?: string;
  conferenceDate?: string;
  conferencePlace?: string;
  conferenceFormat?: Format;
  /** The period reviewed, as `START/END` or one EDTF date. */
  period?: string;
}

interface ReportLine {
  field: string;
  value: string;
  /** Where it came from: a passage of the text, or the flag that gave it. */
  from: string;
}

export interface IngestResult {
  data: ArticleSourceInput;
  body: string;
  found: ReportLine[];
  /** Fields marked unknown, with the flag that could supply each. */
  unknown: { field: string; flag: string }[];
  candidates: Candidate[];
  /** What the text says of its conference, with the sentences that say it (for draft entries). */
  metadata: ArticleMetadata;
}

export class IngestError extends Error {
  override name = 'IngestError';
}

const MIN_WORDS = 80;
const MIN_PARAGRAPHS = 2;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Rejects what is not raw article text, saying why. */
function decodeArticleText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('is empty');
  if (bytes.includes(0)) throw new IngestError('is a binary file, not text (it contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new IngestError('is not UTF-8 text: convert it to UTF-8 first');
  }
  if (text.trim() === '') throw new IngestError('holds only whitespace');
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html') || /<(?:head|body)[\s>]/u.test(head)) {
    throw new IngestError("is an HTML page: save the article's text instead");
  }
  if (/^[{[]/u.test(head)) throw new IngestError('is structured data (JSON), not article text');
  return text;
}

/** "deputy-defence-minister-calls-for-…/276022.vnp" → "Deputy defence minister calls for …". */
function titleFromUrl(url: string): string | undefined {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/');
  } catch {
    return undefined;
  }
  const words = segments
    .map((segment) => segment.replace(/\.\w+$/u, '').replace(/-(?:post)?\d+$/u, ''))
    .filter((segment) => /[a-z]{3,}-[a-z]/iu.test(segment))
    .sort((a, b) => b.length - a.length)[0];
  if (!words) return undefined;
  const title = words.replace(/-/gu, ' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function show(value: unknown): string {
  return typeof value === 'object' && value !== null ? Object.values(value).join(' to ') : String(value);
}

function periodFromFlag(period: string | undefined) {
  if (period === undefined) return undefined;
  const [start = '', end = start] = period.split('/');
  if (!isEdtf(start) || !isEdtf(end)) throw new IngestError(`--period "${period}" is not DATE or START/END`);
  return { start, end };
}

function dayString(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function ingestArticle(bytes: Uint8Array, options: IngestOptions): IngestResult {
  const cleaned = cleanArticle(decodeArticleText(bytes));
  const words = cleaned.paragraphs.join(' ').split(/\s+/u).filter(Boolean).length;
  if (words < MIN_WORDS || cleaned.paragraphs.length < MIN_PARAGRAPHS) {
    throw new IngestError(
      `does not look like a news article: ${words} words in ${cleaned.paragraphs.length} paragraph(s) ` +
        `(an article has at least ${MIN_WORDS} words in ${MIN_PARAGRAPHS} paragraphs)`,
    );
  }
  if (cleaned.pageDate !== undefined && !isEdtf(cleaned.pageDate)) {
    throw new IngestError(
      `has a page stamp "date ${cleaned.pageDate}" that is not a real day: correct the stamp, or give --published`,
    );
  }
  const language = options.language ?? detectLanguage(cleaned.paragraphs.join(' '));
  const metadata = detectMetadata(cleaned.paragraphs, language);
  const found: ReportLine[] = [];
  // What was taken out of the body, so that the curator sees it and nothing is lost without a word.
  if (cleaned.siteTag) found.push({ field: 'removed: site tag', value: cleaned.siteTag, from: 'the first paragraph' });
  for (const credit of cleaned.credits) found.push({ field: 'removed: credit', value: credit, from: 'a line alone' });
  for (const line of cleaned.furniture)
    found.push({ field: 'removed: page furniture', value: line, from: 'a line alone' });
  for (const line of cleaned.bylines) found.push({ field: 'removed: byline', value: line, from: 'a line in capitals' });
  const unknown: IngestResult['unknown'] = [];
  /** Records where a value came from, or that it is unknown; returns the value or "unknown". */
  function settle<T>(field: string, flag: string, flagValue: T | undefined, textValue?: { value: T; from: string }) {
    if (flagValue !== undefined) {
      found.push({ field, value: show(flagValue), from: `--${flag}` });
      return flagValue;
    }
    if (textValue !== undefined) {
      found.push({ field, value: show(textValue.value), from: textValue.from });
      return textValue.value;
    }
    unknown.push({ field, flag: `--${flag}` });
    return 'unknown' as const;
  }

  for (const [flag, value] of [
    ['published', options.published],
    ['conference-date', options.conferenceDate],
  ] as const) {
    if (value !== undefined && !isEdtf(value))
      throw new IngestError(`--${flag} "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  }

  const publishedDate = settle(
    'published',
    'published',
    options.published,
    cleaned.pageDate ? { value: cleaned.pageDate, from: `page stamp "date ${cleaned.pageDate}"` } : undefined,
  );
  const published =
    publishedDate === 'unknown' ? 'unknown' : { date: publishedDate, precision: precisionOf(publishedDate) };

  const day = metadata.conferenceDay;
  let conferenceDate: unknown = 'unknown';
  if (options.conferenceDate !== undefined) {
    conferenceDate = { date: options.conferenceDate, precision: precisionOf(options.conferenceDate) };
    found.push({ field: 'conference.date', value: options.conferenceDate, from: '--conference-date' });
  } else if (day?.value.year !== undefined) {
    const date = dayString(day.value.year, day.value.month, day.value.day);
    conferenceDate = { date, precision: 'day' };
    found.push({ field: 'conference.date', value: date, from: day.evidence });
  } else if (day && publishedDate !== 'unknown') {
    // The text gives month and day; the year is the publication's, or the one
    // before if that would put the conference after its own report.
    const pubYear = Number(publishedDate.slice(0, 4));
    let year = pubYear;
    if (dayString(year, day.value.month, day.value.day) > publishedDate.padEnd(10, '-99')) year -= 1;
    const date = dayString(year, day.value.month, day.value.day);
    const { said } = day.value;
    conferenceDate = {
      date,
      precision: 'day',
      inferred: true,
      reason: `The text says "${said}" without a year; the year is that of the publication date (${publishedDate}).`,
    };
    found.push({ field: 'conference.date', value: `${date} (year inferred)`, from: day.evidence });
  } else {
    unknown.push({ field: 'conference.date', flag: '--conference-date (or --published, to date "on Month Day")' });
  }

  const datelinePublisher = metadata.dateline?.value.publisher;
  const data = {
    type: 'article' as const,
    title: '',
    titleFrom: 'headline' as const,
    publisher: settle(
      'publisher',
      'publisher',
      options.publisher,
      datelinePublisher ? { value: datelinePublisher, from: `dateline "${metadata.dateline?.evidence}"` } : undefined,
    ),
    url: settle('url', 'url', options.url),
    published,
    language,
    conference: {
      date: conferenceDate,
      place: settle(
        'conference.place',
        'conference-place',
        options.conferencePlace,
        metadata.conferencePlace && { value: metadata.conferencePlace.value, from: metadata.conferencePlace.evidence },
      ),
      format: settle(
        'conference.format',
        'conference-format',
        options.conferenceFormat,
        metadata.conferenceFormat && {
          value: metadata.conferenceFormat.value,
          from: metadata.conferenceFormat.evidence,
        },
      ),
    },
    period: settle(
      'period',
      'period',
      periodFromFlag(options.period),
      metadata.period && { value: metadata.period.value, from: metadata.period.evidence },
    ),
    translator: settle(
      'translator',
      'translator',
      options.translator,
      cleaned.translator ? { value: cleaned.translator, from: `"Translated by ${cleaned.translator}"` } : undefined,
    ),
    seed: options.seedName,
    ...(options.seedSha256 ? { seedSha256: options.seedSha256 } : {}),
    captions: cleaned.captions,
    notes: [] as string[],
  };

  const slugTitle = options.url ? titleFromUrl(options.url) : undefined;
  if (options.title) {
    Object.assign(data, { title: options.title, titleFrom: options.titleFrom ?? 'headline' });
    found.push({ field: 'title', value: options.title, from: '--title' });
  } else if (cleaned.headline) {
    Object.assign(data, { title: cleaned.headline, titleFrom: 'headline' });
    found.push({ field: 'title', value: cleaned.headline, from: 'the first line of the text, a headline' });
  } else if (slugTitle) {
    Object.assign(data, { title: slugTitle, titleFrom: 'url-slug' });
    found.push({ field: 'title', value: slugTitle, from: 'the URL' });
  } else {
    Object.assign(data, { title: `Untitled article (${options.seedName})`, titleFrom: 'assigned' });
    unknown.push({ field: 'title (headline)', flag: '--title' });
  }

  const result = ArticleSource.safeParse(data, { reportInput: true });
  if (!result.success) {
    const reasons = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${describeIssue(issue)}`);
    throw new IngestError(`gives an invalid entry:\n  ${reasons.join('\n  ')}`);
  }
  return {
    data: data as ArticleSourceInput,
    body: cleaned.paragraphs.join('\n\n'),
    found,
    unknown,
    candidates: detectCandidates(cleaned.paragraphs),
    metadata,
  };
}
