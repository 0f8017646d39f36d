/**
 * Dates for readers, through Intl in UTC with each edition's locale: as
 * precise as they are known and no more ("9 January 2024", "July 2023",
 * "2020"; "ngày 9 tháng 1 năm 2024", "tháng 7/2023", "năm 2020"), ranges
 * written once ("8–10 December 2022").
 */
import { LANGS, wordsFor, type Lang } from '../../i18n/editions';
import { memoize } from '../memoize';
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

type DateParts = { day: string; month: string; year: string };

/** The day, the month's name and the year of a UTC instant, as one edition's locale writes each. */
const partsIn = (lang: Lang) =>
  memoize((time: number): DateParts => {
    const parts = formatterFor(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(time);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    // The month as it reads inside a date ("January", "tháng 1"), not standing alone ("Tháng 1").
    return { day: part('day'), month: part('month'), year: part('year') };
  });

/** Each day written out once per edition: pages and the timeline format the same days again and again. */
const partsByLang = new Map(LANGS.map((lang) => [lang, partsIn(lang)]));

function partsOf(time: number, lang: Lang): DateParts {
  return (partsByLang.get(lang) ?? partsIn(lang))(time);
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
