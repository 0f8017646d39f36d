import type { Format } from '../../schemas/vocabulary/types';
import { MONTH_NAMES } from '../../schemas/edtf';
import { monthsOf, quarterOf } from './year-parts';
import { VI_CONFERENCE, VI_DAY, VI_DOCUMENTS, VI_FORMATS, VI_PERIODS, VI_PLACE, VI_PLANS } from './detect-metadata-vi';
import { detectChair, type Chair } from './detect-chair';
import { statedDates } from './stated-dates';

/**
 * Reads what an article's own text says about itself: its dateline, the
 * conference it reports and the period that conference reviewed. Anything not
 * found is left undefined for the caller to mark unknown; nothing is guessed
 * beyond the rules written here, and every inference says why.
 */

export const MONTHS = MONTH_NAMES;

/** Wire agencies whose datelines the CLI recognises, by their code. */
const AGENCIES: Record<string, string> = {
  VNA: 'Vietnam News Agency (VNA)',
  TTXVN: 'Thông tấn xã Việt Nam (TTXVN)',
};

interface FoundValue<T> {
  value: T;
  /** The passage of the text it was read from. */
  evidence: string;
}

export interface ArticleMetadata {
  dateline?: FoundValue<{ place: string; agency: string; publisher?: string }>;
  conferencePlace?: FoundValue<string>;
  conferenceFormat?: FoundValue<Format>;
  /** Month and day of the conference, and the words that gave them; the year is rarely written. */
  conferenceDay?: FoundValue<{ month: number; day: number; year?: number; said: string }>;
  period?: FoundValue<{ start: string; end: string }>;
  /** Who chaired the conference, where the text says so ("chaired by", "presided over", "chủ trì"). */
  chair?: FoundValue<Chair>;
}

const DATELINE = /^([A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)*) \(([A-Z]{2,5})\)\s*[–—-]/u;
export const CONFERENCE_WORDS = String.raw`(?:conference|event|meeting|videoconference)`;
const PLACE = new RegExp(
  String.raw`\b${CONFERENCE_WORDS}(?: (?:was|is) (?:held|convened|organised|organized))? in ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*)`,
  'u',
);
const RANGE = /\b(?:during|in the period|for the period|period of)\s+(\d{4})\s*[-–]\s*(\d{4})\b/u;
/** "the 2010-2015 period". */
const RANGE_BEFORE_PERIOD = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2}) period\b/u;
/** Parts of a year, as the months they cover: "the first three months of 2022", "the third quarter of 2019". */
const PART_OF_YEAR =
  /\b(?:first (half|three months|six months|nine months)|(first|second|third|fourth|1st|2nd|3rd|4th) quarter) of ((?:19|20)\d{2})\b/iu;
/** The last month of a year's first part, and the number of each quarter. */
const FIRST_PART_ENDS: Record<string, number> = { half: 6, 'three months': 3, 'six months': 6, 'nine months': 9 };
const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
/** A sentence about what is still to come: its periods and dates are plans, not what the article reports. */
export const PLANS = /\b(?:prepar\w*|will|shall|should|plans?|planned|upcoming|next|to be held|need to)\b/iu;
/** A sentence that dates a document: its dates are the document's, not the conference's. */
export const DOCUMENT_DATES =
  /\b(?:Circular|Decree|Decision|Directive|Resolution|Law)\b|\b(?:issued|signed|dated|promulgated|adopted)\s+on\b/u;
const REVIEWED_YEAR = /\b(?:evaluat|review|report)\w*\b[^.]{0,80}?\b(?:in )?((?:19|20)\d{2})\b/u;

/** Splits at sentence ends, but not after abbreviated ranks and titles ("Sr. Lt. Gen. Hoang"). */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(
    /(?<!\b(?:Sr|Sen|Lt|Lieut|Gen|Col|Maj|Capt|Mr|Mrs|Ms|Dr|No|St|Jan|Feb|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?<=[.!?])\s+(?=[\p{Lu}“"])/u,
  );
}

/** The first sentence matching `pattern` (and `where`, if given, and not `unless`), with the match. */
function firstMatch(paragraphs: readonly string[], pattern: RegExp, where?: RegExp, unless?: RegExp) {
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      if (where && !where.test(sentence)) continue;
      if (unless?.test(sentence)) continue;
      const match = pattern.exec(sentence);
      if (match) return { match, evidence: sentence };
    }
  }
  return undefined;
}

function detectFormat(paragraphs: readonly string[]): ArticleMetadata['conferenceFormat'] {
  const hybrid = firstMatch(paragraphs, /\b(?:hybrid|online and offline|offline and online)\b/iu);
  if (hybrid) return { value: 'hybrid', evidence: hybrid.evidence };
  const online = firstMatch(paragraphs, new RegExp(String.raw`\b(?:online|virtual)\s+${CONFERENCE_WORDS}\b`, 'iu'));
  if (online) return { value: 'online', evidence: online.evidence };
  return undefined;
}

/** The period reviewed, from sentences that report (not those that plan): a range of years, a part of a year, or a year. */
function detectPeriod(paragraphs: readonly string[]): ArticleMetadata['period'] {
  const range =
    firstMatch(paragraphs, RANGE, undefined, PLANS) ?? firstMatch(paragraphs, RANGE_BEFORE_PERIOD, undefined, PLANS);
  if (range?.match[1] && range.match[2]) {
    return { value: { start: range.match[1], end: range.match[2] }, evidence: range.evidence };
  }
  const part = firstMatch(paragraphs, PART_OF_YEAR, undefined, PLANS);
  if (part) {
    const [, first = '', quarter = '', year = ''] = part.match;
    const ends = FIRST_PART_ENDS[first.toLowerCase()];
    const number = QUARTERS[quarter.toLowerCase()];
    const value = ends ? monthsOf(year, 1, ends) : number ? quarterOf(year, number) : undefined;
    if (value) return { value, evidence: part.evidence };
  }
  const reviewed = firstMatch(paragraphs, REVIEWED_YEAR, undefined, PLANS);
  if (reviewed?.match[1]) {
    return { value: { start: reviewed.match[1], end: reviewed.match[1] }, evidence: reviewed.evidence };
  }
  return undefined;
}

/** The first day stated by a sentence about the conference that does not date a document. */
function firstEnglishDay(paragraphs: readonly string[]): ArticleMetadata['conferenceDay'] {
  const conference = new RegExp(CONFERENCE_WORDS, 'iu');
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      if (!conference.test(sentence) || DOCUMENT_DATES.test(sentence)) continue;
      const [first] = statedDates(sentence, 'en');
      if (first) return { value: { ...first.start, said: first.said }, evidence: sentence };
    }
  }
  return undefined;
}

/** What a Vietnamese report says of its conference: place, day, format and the period reviewed. */
function detectVietnamese(paragraphs: readonly string[]): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  const place = firstMatch(paragraphs, VI_PLACE, VI_CONFERENCE);
  if (place?.match[1]) metadata.conferencePlace = { value: place.match[1], evidence: place.evidence };
  const unless = new RegExp(`${VI_DOCUMENTS.source}|${VI_PLANS.source}`, 'u');
  const day = firstMatch(paragraphs, VI_DAY, VI_CONFERENCE, unless);
  if (day?.match[1] && day.match[2]) {
    const year = day.match[3] ? Number(day.match[3]) : undefined;
    metadata.conferenceDay = {
      value: { month: Number(day.match[2]), day: Number(day.match[1]), said: day.match[0], ...(year ? { year } : {}) },
      evidence: day.evidence,
    };
  }
  for (const [pattern, format] of VI_FORMATS) {
    const found = firstMatch(paragraphs, pattern);
    if (found) {
      metadata.conferenceFormat = { value: format, evidence: found.evidence };
      break;
    }
  }
  for (const [pattern, toPeriod] of VI_PERIODS) {
    const found = firstMatch(paragraphs, pattern, undefined, VI_PLANS);
    const period = found && toPeriod(found.match);
    if (found && period) {
      metadata.period = { value: period, evidence: found.evidence };
      break;
    }
  }
  return metadata;
}

export function detectMetadata(paragraphs: readonly string[], language = 'en'): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  const first = paragraphs[0] ?? '';
  const dateline = DATELINE.exec(first);
  if (dateline?.[1] && dateline[2]) {
    const publisher = AGENCIES[dateline[2]];
    metadata.dateline = {
      value: { place: dateline[1], agency: dateline[2], ...(publisher ? { publisher } : {}) },
      evidence: dateline[0],
    };
  }
  const chair = detectChair(paragraphs.flatMap(sentencesOf), language);
  if (chair) metadata.chair = chair;
  if (language === 'vi') return { ...metadata, ...detectVietnamese(paragraphs) };
  const place = firstMatch(paragraphs, PLACE);
  if (place?.match[1]) metadata.conferencePlace = { value: place.match[1], evidence: place.evidence };

  const day = firstEnglishDay(paragraphs);
  if (day) metadata.conferenceDay = day;
  const format = detectFormat(paragraphs);
  if (format) metadata.conferenceFormat = format;
  const period = detectPeriod(paragraphs);
  if (period) metadata.period = period;
  return metadata;
}
