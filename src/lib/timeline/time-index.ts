import { compareItems, DAY_MS, type TimelineItem } from './timeline-item';

/** Items longer than this are few (rotations, years) and are checked one by one. */
const SHORT_SPAN_MS = 62 * DAY_MS;

export interface TimeIndex {
  /** The items overlapping [start, end), in date order. */
  inView(start: number, end: number): TimelineItem[];
}

/** The first index in `items` (sorted by `from`) whose `from` is at least `time`. */
function firstFrom(items: readonly TimelineItem[], time: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle]?.from ?? Infinity) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Finds what is in view without scanning everything on every frame: short
 * items are found by binary search on their start (an item in view cannot
 * start earlier than the window's start minus the longest short span), long
 * ones are checked directly. `items` must be in date order.
 */
export function createTimeIndex(items: readonly TimelineItem[]): TimeIndex {
  const short = items.filter((item) => item.to - item.from <= SHORT_SPAN_MS);
  const long = items.filter((item) => item.to - item.from > SHORT_SPAN_MS);
  return {
    inView(start, end) {
      const near = short.slice(firstFrom(short, start - SHORT_SPAN_MS), firstFrom(short, end));
      const a = near.filter((item) => item.to > start);
      const b = long.filter((item) => item.from < end && item.to > start);
      if (b.length === 0) return a;
      // Merge two date-ordered lists into one.
      const merged: TimelineItem[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        const x = a[i];
        const y = b[j];
        if (y === undefined || (x !== undefined && compareItems(x, y) <= 0)) {
          merged.push(x as TimelineItem);
          i += 1;
        } else {
          merged.push(y);
          j += 1;
        }
      }
      return merged;
    },
  };
}
