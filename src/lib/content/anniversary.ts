import { yearOf } from '../../schemas/edtf';

/** The ordinal an anniversary held on `date` of something on `baseDate` must carry. */
export function expectedOrdinal(date: string, baseDate: string): number {
  return yearOf(date) - yearOf(baseDate);
}
