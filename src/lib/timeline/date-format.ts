/**
 * Dates as the timeline writes them for readers, from the message catalogue's
 * locale and Intl (in UTC): axis ticks and the accessible names of marks.
 */
import { en } from '../../i18n/en';
import { edtfBounds } from '../dates/edtf';
import type { TimelineDatum } from './timeline-item';

const messages = en.timeline;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a UTC date with the catalogue's locale; each set of options makes its formatter once. */
function format(time: number | Date, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(messages.locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}

/** Tick labels that follow the zoom: years at the turn of a year, months at the first, days otherwise. */
export function formatTick(date: Date): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  const month = format(date, { month: 'short' });
  return date.getUTCDate() === 1 ? month : messages.tickDay(date.getUTCDate(), month);
}

/** "9 January 2024", "July 2023" or "2020": the date as precise as it is known, no more. */
function formatDate(edtf: string): string {
  const { first, precision } = edtfBounds(edtf);
  if (precision === 'year') return String(new Date(first).getUTCFullYear());
  return format(first, precision === 'month' ? { month: 'long', year: 'numeric' } : { dateStyle: 'long' });
}

/** A range written for readers: "8–10 December 2022", "24 September 2024 – 26 September 2025". */
function formatDateRange(start: string, end: string | null): string {
  if (!end || end === start) return formatDate(start);
  const a = edtfBounds(start);
  const b = edtfBounds(end);
  if (a.precision === 'day' && b.precision === 'day' && start.slice(0, 7) === end.slice(0, 7)) {
    const day = (time: number) => new Date(time).getUTCDate();
    return messages.dayRange(day(a.first), day(b.first), format(a.first, { month: 'long', year: 'numeric' }));
  }
  return messages.dateRange(formatDate(start), formatDate(end));
}

/** "9 January 2024: Review of 2023. Review conference, event." Made when a mark is drawn, not for every item. */
export function accessibleLabel(datum: TimelineDatum): string {
  const date = formatDateRange(datum.start, datum.end);
  return messages.markName(date, datum.inferred, datum.title, en.types[datum.type], en.kinds[datum.kind]);
}
