import type { EventKind } from '../../schemas/vocabulary/lanes';
import { DAY_MS, type TimelineItem } from './timeline-item';

/** Items longer than this are few per lane and are checked one by one; shorter ones are found by search. */
export const SHORT_SPAN_MS = 62 * DAY_MS;

/** One lane's items in date order, with their starts in a typed array for binary search. */
export interface LaneIndex {
  items: TimelineItem[];
  from: Float64Array;
  long: TimelineItem[];
}

export type TimelineIndex = ReadonlyMap<EventKind, LaneIndex>;

/** Prepares items (in date order) for layout: done once per filter change, not per frame. */
export function indexTimeline(items: readonly TimelineItem[], lanes: readonly EventKind[]): TimelineIndex {
  const index = new Map<EventKind, LaneIndex>();
  for (const kind of lanes) {
    const laneItems = items.filter((item) => item.kind === kind);
    index.set(kind, {
      items: laneItems,
      from: Float64Array.from(laneItems, (item) => item.from),
      long: laneItems.filter((item) => item.to - item.from > SHORT_SPAN_MS),
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
