import { yearOf } from '../dates/edtf';

/** The ordinal an anniversary held on `date` of something on `baseDate` must carry. */
export function expectedOrdinal(date: string, baseDate: string): number {
  return yearOf(date) - yearOf(baseDate);
}

/** 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 70th, 80th… */
export function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffixes: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
  return `${n}${suffixes[n % 10] ?? 'th'}`;
}
