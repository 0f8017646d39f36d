import type { RowPlan } from './grouping';
import { DAY_MS, type TimelineItem } from './timeline-item';

/** Items longer than this are few per lane and are checked one by one; shorter ones are found by search. */
export const SHORT_SPAN_MS = 62 * DAY_MS;

/** One row's items in date order, with their starts in a typed array for binary search. */
export interface LaneIndex {
  items: TimelineItem[];
  from: Float64Array;
  long: TimelineItem[];
}

/** The rows to draw, top to bottom, each with its items. */
export type TimelineIndex = ReadonlyMap<string, LaneIndex>;

/**
 * Prepares items (in date order) for layout, in the plan's rows: done once per
 * filter or grouping change, not per frame. Rows by kind are all kept, as the
 * legend names them; other rows only when the filters leave them an entry.
 */
export function indexTimeline(items: readonly TimelineItem[], plan: RowPlan): TimelineIndex {
  const byRow = new Map<string, TimelineItem[]>(plan.rows.map((row) => [row, []]));
  for (const item of items) byRow.get(plan.rowOf(item))?.push(item);
  const index = new Map<string, LaneIndex>();
  for (const [row, rowItems] of byRow) {
    if (rowItems.length === 0 && plan.grouping !== 'kind') continue;
    index.set(row, {
      items: rowItems,
      from: Float64Array.from(rowItems, (item) => item.from),
      long: rowItems.filter((item) => item.to - item.from > SHORT_SPAN_MS),
    });
  }
  return index;
}

/** The first index whose value is at least `value`, in an ascending array. */
export function lowerBound(values: Float64Array, value: number, low = 0, high = values.length): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function minimum(values: readonly number[]): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}
