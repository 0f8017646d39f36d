import { EVENT_KINDS, EVENT_SCOPES } from '../../schemas/vocabulary/lanes';
import type { Grouping } from '../../schemas/vocabulary/groupings';
import type { TimelineDatum } from './timeline-item';

/** Partners with a row of their own; the rest share "other partners". */
export const LEADING_PARTNERS = 10;
/** Series with a row of their own; the rest share "other series". */
const LEADING_SERIES = 10;

/** The row of entries that a grouping gives no row of their own, and of entries with no partner or series. */
export const OTHER_ROW = 'other';
export const NONE_ROW = 'none';

/** Whether a row of the grouping by series is a series' own (not "other" or "none"). */
export const isSeriesRow = (row: string): boolean => row !== OTHER_ROW && row !== NONE_ROW;

/** The rows of a grouping, top to bottom, and the one row each entry goes in. */
export interface RowPlan {
  grouping: Grouping;
  rows: readonly string[];
  rowOf: (datum: TimelineDatum) => string;
}

/** The `limit` values found most often, most often first (ties in the order of the values themselves). */
function leading(values: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([value]) => value);
}

/** The partners with the most entries, most first (ties by id): those with a row, and a line of the partner × year table. */
export function leadingPartners(data: readonly TimelineDatum[]): string[] {
  return leading(
    data.flatMap((datum) => datum.partners),
    LEADING_PARTNERS,
  );
}

/** Rows that exist among `data`, in the order given, with the catch-all rows last. */
function present(rows: readonly string[], data: readonly TimelineDatum[], rowOf: (datum: TimelineDatum) => string) {
  const used = new Set(data.map(rowOf));
  return [...rows, OTHER_ROW, NONE_ROW].filter((row) => used.has(row));
}

/**
 * Plans the rows of `grouping` for every entry (not only those the filters
 * pass, so that rows keep their order while filtering). An entry with several
 * partners goes in the row of the first of them (its sources' principal
 * partner) that has a row; the partner filter still finds it under each.
 */
export function planRows(data: readonly TimelineDatum[], grouping: Grouping): RowPlan {
  switch (grouping) {
    case 'kind':
      return { grouping, rows: EVENT_KINDS, rowOf: (datum) => datum.kind };
    case 'scope': {
      const rowOf = (datum: TimelineDatum) => datum.scope;
      return { grouping, rows: present(EVENT_SCOPES, data, rowOf), rowOf };
    }
    case 'partner': {
      const top = new Set(leadingPartners(data));
      const rowOf = (datum: TimelineDatum) =>
        datum.partners.find((partner) => top.has(partner)) ?? (datum.partners.length ? OTHER_ROW : NONE_ROW);
      return { grouping, rows: present([...top], data, rowOf), rowOf };
    }
    case 'series': {
      const top = new Set(
        leading(
          data.flatMap((datum) => datum.series ?? []),
          LEADING_SERIES,
        ),
      );
      const rowOf = (datum: TimelineDatum) =>
        datum.series === null ? NONE_ROW : top.has(datum.series) ? datum.series : OTHER_ROW;
      return { grouping, rows: present([...top], data, rowOf), rowOf };
    }
  }
}
