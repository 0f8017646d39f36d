/**
 * Dates for readers, through Intl in UTC with each edition's locale: as
 * precise as they are known and no more ("9 January 2024", "July 2023",
 * "2020"; "ngày 9 tháng 1 năm 2024", "tháng 7/2023", "năm 2020"), ranges
 * written once ("8–10 December 2022").
 */
import { wordsFor, type Lang } from '../../i18n/editions';
import { edtfBounds } from '../../schemas/edtf';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(wordsFor(lang).dates.locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats a UTC instant; each set of options makes its formatter once. */
export function formatUtc(time: number | Date, options: Intl.DateTimeFormatOptions, lang: Lang): string {
  return formatterFor(lang, options).format(time);
}

const partsCache = new Map<string, { day: string; month: string; year: string }>();

/** The day, the month's name and the year of a UTC instant, as the edition's locale writes each (once per day and language). */
function partsOf(time: number, lang: Lang): { day: string; month: string; year: string } {
  const key = `${lang}${String(time)}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const parts = formatterFor(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // The month as it reads inside a date ("January", "tháng 1"), not standing alone ("Tháng 1").
  const result = { day: part('day'), month: part('month'), year: part('year') };
  partsCache.set(key, result);
  return result;
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
