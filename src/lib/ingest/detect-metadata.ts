import type { Format } from '../../schemas/vocabulary/types';
import { MONTH_NAMES } from '../../schemas/edtf';

/**
 * Reads what an article's own text says about itself: its dateline, the
 * conference it reports and the period that conference reviewed. Anything not
 * found is left undefined for the caller to mark unknown; nothing is guessed
 * beyond the rules written here, and every inference says why.
 */

export const MONTHS = MONTH_NAMES;

const MONTH_PATTERN = MONTHS.join('|');

/** Wire agencies whose datelines the CLI recognises, by their code. */
const AGENCIES: Record<string, string> = {
  VNA: 'Vietnam News Agency (VNA)',
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
  /** Month and day of the conference; the year is rarely written. */
  conferenceDay?: FoundValue<{ month: number; day: number; year?: number }>;
  period?: FoundValue<{ start: string; end: string }>;
}

const DATELINE = /^([A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)*) \(([A-Z]{2,5})\)\s*[–—-]/u;
const CONFERENCE_WORDS = String.raw`(?:conference|event|meeting|videoconference)`;
const PLACE = new RegExp(String.raw`\b${CONFERENCE_WORDS} in ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*)`, 'u');
const DAY = new RegExp(String.raw`\bon (${MONTH_PATTERN}) (\d{1,2})(?:,? (\d{4}))?\b`, 'u');
const RANGE = /\b(?:during|in the period|for the period|period of)\s+(\d{4})\s*[-–]\s*(\d{4})\b/u;
const FIRST_HALF = /\b(?:first half|first six months) of (\d{4})\b/u;
const REVIEWED_YEAR = /\b(?:evaluat|review|report)\w*\b[^.]{0,80}?\b(?:in )?((?:19|20)\d{2})\b/u;

/** Splits at sentence ends, but not after abbreviated ranks and titles ("Sr. Lt. Gen. Hoang"). */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(
    /(?<!\b(?:Sr|Sen|Lt|Lieut|Gen|Col|Maj|Capt|Mr|Mrs|Ms|Dr|No|St|Jan|Feb|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?<=[.!?])\s+(?=[A-Z“"])/u,
  );
}

/** The first sentence matching `pattern` (and `where`, if given), with the match. */
function firstMatch(paragraphs: readonly string[], pattern: RegExp, where?: RegExp) {
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      if (where && !where.test(sentence)) continue;
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

function detectPeriod(paragraphs: readonly string[]): ArticleMetadata['period'] {
  const range = firstMatch(paragraphs, RANGE);
  if (range?.match[1] && range.match[2]) {
    return { value: { start: range.match[1], end: range.match[2] }, evidence: range.evidence };
  }
  const half = firstMatch(paragraphs, FIRST_HALF);
  if (half?.match[1]) {
    return { value: { start: `${half.match[1]}-01`, end: `${half.match[1]}-06` }, evidence: half.evidence };
  }
  const year = firstMatch(paragraphs, REVIEWED_YEAR);
  if (year?.match[1]) return { value: { start: year.match[1], end: year.match[1] }, evidence: year.evidence };
  return undefined;
}

export function detectMetadata(paragraphs: readonly string[]): ArticleMetadata {
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
  const place = firstMatch(paragraphs, PLACE);
  if (place?.match[1]) metadata.conferencePlace = { value: place.match[1], evidence: place.evidence };

  const day = firstMatch(paragraphs, DAY, new RegExp(CONFERENCE_WORDS, 'iu'));
  if (day?.match[1] && day.match[2]) {
    const month = MONTHS.indexOf(day.match[1] as (typeof MONTHS)[number]) + 1;
    const year = day.match[3] ? Number(day.match[3]) : undefined;
    metadata.conferenceDay = {
      value: { month, day: Number(day.match[2]), ...(year ? { year } : {}) },
      evidence: day.evidence,
    };
  }
  const format = detectFormat(paragraphs);
  if (format) metadata.conferenceFormat = format;
  const period = detectPeriod(paragraphs);
  if (period) metadata.period = period;
  return metadata;
}
