/**
 * Dates for readers, in UTC with each edition's month names and shapes: as
 * precise as they are known and no more ("9 January 2024", "July 2023",
 * "2020"; "ngày 9 tháng 1 năm 2024", "tháng 7/2023", "năm 2020"), ranges
 * written once ("8–10 December 2022"). No Intl here: the catalogues carry
 * Intl's month names (see their `dates`), and day and year are plain digits.
 */
import { wordsFor, type Lang } from '../../i18n/editions';
import { edtfBounds } from '../../schemas/edtf';

type DateParts = { day: string; month: string; year: string };

/** The day, the month's name as it reads inside a date ("January", "tháng 1") and the year of a UTC instant. */
function partsOf(time: number, lang: Lang): DateParts {
  const date = new Date(time);
  return {
    day: String(date.getUTCDate()),
    month: wordsFor(lang).dates.months[date.getUTCMonth()] ?? '',
    year: String(date.getUTCFullYear()),
  };
}

/** A month's short name as the axis writes it standing alone ("Apr", "Tháng 4"). */
export function shortMonth(date: Date, lang: Lang): string {
  return wordsFor(lang).dates.monthsShort[date.getUTCMonth()] ?? '';
}

/** "9 January 2024", "July 2023" or "2020", in the edition's words. */
export function formatEdtf(edtf: string, lang: Lang): string {
  const words = wordsFor(lang).dates;
  const { first, precision } = edtfBounds(edtf);
  const { day, month, year } = partsOf(first, lang);
  if (precision === 'year') return words.year(year);
  return precision === 'month' ? words.month(month, year) : words.day(day, month, year);
}

/** "8–10 December 2022", "24 September 2024 – 26 September 2025". */
export function formatEdtfRange(start: string, end: string | null | undefined, lang: Lang): string {
  if (!end || end === start) return formatEdtf(start, lang);
  const a = edtfBounds(start);
  const b = edtfBounds(end);
  if (a.precision === 'day' && b.precision === 'day' && start.slice(0, 7) === end.slice(0, 7)) {
    const first = partsOf(a.first, lang);
    return wordsFor(lang).dates.dayRange(first.day, partsOf(b.first, lang).day, first.month, first.year);
  }
  return wordsFor(lang).dates.dateRange(formatEdtf(start, lang), formatEdtf(end, lang));
}
