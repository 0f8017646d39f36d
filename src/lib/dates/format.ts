/**
 * Dates for readers, through Intl in UTC with the catalogue's locale: as
 * precise as they are known and no more ("9 January 2024", "July 2023",
 * "2020"), ranges written once ("8–10 December 2022").
 */
import { en } from '../../i18n/en';
import { edtfBounds } from '../../schemas/edtf';

const words = en.dates;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a UTC instant; each set of options makes its formatter once. */
export function formatUtc(time: number | Date, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(words.locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}

/** "9 January 2024", "July 2023" or "2020". */
export function formatEdtf(edtf: string): string {
  const { first, precision } = edtfBounds(edtf);
  if (precision === 'year') return String(new Date(first).getUTCFullYear());
  return formatUtc(first, precision === 'month' ? { month: 'long', year: 'numeric' } : { dateStyle: 'long' });
}

/** "8–10 December 2022", "24 September 2024 – 26 September 2025". */
export function formatEdtfRange(start: string, end?: string | null): string {
  if (!end || end === start) return formatEdtf(start);
  const a = edtfBounds(start);
  const b = edtfBounds(end);
  if (a.precision === 'day' && b.precision === 'day' && start.slice(0, 7) === end.slice(0, 7)) {
    const day = (time: number) => new Date(time).getUTCDate();
    return words.dayRange(day(a.first), day(b.first), formatUtc(a.first, { month: 'long', year: 'numeric' }));
  }
  return words.dateRange(formatEdtf(start), formatEdtf(end));
}
