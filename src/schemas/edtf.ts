/**
 * EDTF level-0 calendar dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): the form of a
 * date string is its precision, so "2023-07" can never be mistaken for a day.
 * All arithmetic is in UTC so that results do not depend on the machine's zone.
 */

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface EdtfParts {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export type EdtfParseResult = { ok: true; value: EdtfParts } | { ok: false; error: string };

const EDTF_LEVEL_0 = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of the Gregorian calendar, by arithmetic: the timeline asks this 100,000 times on load. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Each date string parsed once: a build parses the same dates on every page that sorts or shows them (a Map of its own: src/schemas imports nothing, not even lib/memoize). */
const parsed = new Map<string, EdtfParseResult>();

export function parseEdtf(text: string): EdtfParseResult {
  let result = parsed.get(text);
  if (!result) {
    result = parseUncached(text);
    parsed.set(text, result);
  }
  return result;
}

function parseUncached(text: string): EdtfParseResult {
  const match = EDTF_LEVEL_0.exec(text);
  if (!match) {
    return {
      ok: false,
      error: `"${text}" is not an EDTF date: write YYYY, YYYY-MM or YYYY-MM-DD`,
    };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, value: { year, precision: 'year' } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, error: `"${text}" has no month ${match[2]}: months run from 01 to 12` };
  }
  if (match[3] === undefined) return { ok: true, value: { year, month, precision: 'month' } };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      error: `"${text}" is not a real day: ${MONTH_NAMES[month - 1]} ${year} has days 01 to ${lastDay}`,
    };
  }
  return { ok: true, value: { year, month, day, precision: 'day' } };
}

/** Parses a date already known to be valid; throws otherwise (a programming error). */
export function edtfParts(text: string): EdtfParts {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function isEdtf(text: string): boolean {
  return parseEdtf(text).ok;
}

export function precisionOf(text: string): Precision {
  return edtfParts(text).precision;
}

export function yearOf(text: string): number {
  return edtfParts(text).year;
}

/** The first day the date could be, as UTC milliseconds. */
export function earliestDay(text: string): number {
  const { year, month = 1, day = 1 } = edtfParts(text);
  return Date.UTC(year, month - 1, day);
}

/** The last day the date could be, as UTC milliseconds (the start of that day). */
export function latestDay(text: string): number {
  const { year, month, day } = edtfParts(text);
  if (day !== undefined && month !== undefined) return Date.UTC(year, month - 1, day);
  if (month !== undefined) return Date.UTC(year, month - 1, daysInMonth(year, month));
  return Date.UTC(year, 11, 31);
}

const digits = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return NaN;
    value = value * 10 + code;
  }
  return value;
};

/**
 * The first and last day a date could be, and its precision, in one pass
 * without regular expressions: the timeline computes this for every entry
 * on load, 100,000 times at scale. Falls back to the checked parser for
 * anything that is not plainly well formed.
 */
export function edtfBounds(text: string): { first: number; last: number; precision: Precision } {
  const year = digits(text, 0, 4);
  if (text.length === 4 && year === year) {
    return { first: Date.UTC(year, 0, 1), last: Date.UTC(year, 11, 31), precision: 'year' };
  }
  const month = digits(text, 5, 7);
  if (text.length === 7 && text[4] === '-' && month >= 1 && month <= 12) {
    return { first: Date.UTC(year, month - 1, 1), last: Date.UTC(year, month, 0), precision: 'month' };
  }
  const day = digits(text, 8, 10);
  if (text.length === 10 && text[4] === '-' && text[7] === '-' && month >= 1 && month <= 12 && day >= 1) {
    if (day <= daysInMonth(year, month)) {
      const time = Date.UTC(year, month - 1, day);
      return { first: time, last: time, precision: 'day' };
    }
  }
  return { first: earliestDay(text), last: latestDay(text), precision: precisionOf(text) };
}
