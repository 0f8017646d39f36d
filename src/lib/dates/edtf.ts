/**
 * EDTF dates for readers. The date form itself (parsing, precision, bounds) is
 * defined with the schema, in src/schemas/edtf.ts.
 */
import { edtfParts, MONTH_NAMES } from '../../schemas/edtf';

export * from '../../schemas/edtf';

/** "9 January 2024", "July 2023" or "2020": the date as precise as it is known, no more. */
export function formatEdtf(text: string): string {
  const { year, month, day } = edtfParts(text);
  if (month === undefined) return String(year);
  const monthName = MONTH_NAMES[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A range written for readers: "8–10 December 2022", "24 September 2024 – 26 September 2025". */
export function formatEdtfRange(start: string, end?: string | null): string {
  if (!end || end === start) return formatEdtf(start);
  const a = edtfParts(start);
  const b = edtfParts(end);
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${MONTH_NAMES[(a.month ?? 1) - 1]} ${a.year}`;
  }
  return `${formatEdtf(start)} – ${formatEdtf(end)}`;
}
