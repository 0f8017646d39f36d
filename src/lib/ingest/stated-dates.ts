import * as chrono from 'chrono-node';
import { VI_DAY } from './detect-metadata-vi';

/**
 * The calendar days a sentence states, as precisely as it states them: a day
 * and month always, a year only where the same phrase gives one. English is
 * read by chrono-node's strict parser (a kept library, not more patterns of
 * our own); Vietnamese by the conventions in detect-metadata-vi.ts.
 */

export interface StatedDay {
  month: number;
  day: number;
  year?: number;
}

export interface StatedDates {
  start: StatedDay;
  /** The last day of a range ("October 14-18, 2019", "từ ngày 14-18/10"). */
  end?: StatedDay;
  /** The words that gave the dates, verbatim. */
  said: string;
}

/** chrono's known (stated) values only: what it implies (a year from the reference date) is not stated. */
function known(component: chrono.ParsedComponents | null | undefined): StatedDay | undefined {
  if (!component?.isCertain('day') || !component.isCertain('month')) return undefined;
  const [month, day] = [component.get('month'), component.get('day')];
  if (month === null || day === null) return undefined;
  const year = component.isCertain('year') ? component.get('year') : null;
  return year === null ? { month, day } : { month, day, year };
}

/**
 * Results that are not a calendar date as written: a relative one ("in the
 * second quarter" reads as "in the second", a second from now), or a slashed
 * one ("9/10"), which an English text from Vietnam may write day first.
 */
const NOT_STATED = /^result\/relative|^parser\/SlashDate/u;

function englishDates(sentence: string): StatedDates[] {
  return chrono.en.strict.parse(sentence).flatMap((result) => {
    if ([...result.tags()].some((tag) => NOT_STATED.test(tag))) return [];
    const start = known(result.start);
    if (!start) return [];
    const end = known(result.end);
    // "October 14-18, 2019": the year stated once covers both days.
    const year = end?.year ?? start.year;
    const withYear = (day: StatedDay) => (year === undefined ? day : { ...day, year });
    return [{ start: withYear(start), ...(end ? { end: withYear(end) } : {}), said: result.text }];
  });
}

const VI_RANGE = /(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/u;

function vietnameseDates(sentence: string): StatedDates[] {
  const match = VI_DAY.exec(sentence);
  if (!match?.[1] || !match[2]) return [];
  const month = Number(match[2]);
  const year = match[3] ? { year: Number(match[3]) } : {};
  const start = { month, day: Number(match[1]), ...year };
  const range = VI_RANGE.exec(match[0]);
  const end = range?.[2] ? { end: { month, day: Number(range[2]), ...year } } : {};
  return [{ start, ...end, said: match[0] }];
}

/** Every date a sentence states, in order. */
export function statedDates(sentence: string, language: string): StatedDates[] {
  return language === 'vi' ? vietnameseDates(sentence) : englishDates(sentence);
}
