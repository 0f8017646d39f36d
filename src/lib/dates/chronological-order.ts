import { earliestDay, latestDay } from '../../schemas/edtf';

export interface Dated {
  id: string;
  start: string;
  end?: string | null | undefined;
}

/**
 * The one order of entries everywhere (pages, data files, keyboard focus): by
 * the first day an entry could start, then the last day it could end, then id.
 */
export function compareChronologically(a: Dated, b: Dated): number {
  return (
    earliestDay(a.start) - earliestDay(b.start) ||
    latestDay(a.end ?? a.start) - latestDay(b.end ?? b.start) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
