/** Parts of a year as the whole months they cover, in EDTF: what a review of "the first quarter" or "quý III" means. */

export interface Period {
  start: string;
  end: string;
}

const yearMonth = (year: string, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The months `first` to `last` of `year`. */
export function monthsOf(year: string, first: number, last: number): Period {
  return { start: yearMonth(year, first), end: yearMonth(year, last) };
}

/** Quarter 1–4 of `year`. */
export function quarterOf(year: string, quarter: number): Period {
  return monthsOf(year, 3 * quarter - 2, 3 * quarter);
}
