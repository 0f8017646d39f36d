import { lowerBound, minimum, SHORT_SPAN_MS, type LaneIndex } from './layout-index';
import type { DensityBin, LanePlacement, LayoutOptions } from './layout-types';
import { compareItems, type TimelineItem } from './timeline-item';

/** One frame's mapping between time and pixels, with the options: what every step of a layout needs. */
export interface Frame {
  start: number;
  end: number;
  x: (time: number) => number;
  timeAt: (px: number) => number;
  options: LayoutOptions;
}

export function frameOf(window: readonly [number, number], options: LayoutOptions): Frame {
  const [start, end] = window;
  const pxPerMs = options.width / (end - start);
  return { start, end, options, x: (time) => (time - start) * pxPerMs, timeAt: (px) => start + px / pxPerMs };
}

/** Where an item's mark lies: a point is a mark's width wide, a span the whole period it could cover. */
export function markIn(item: TimelineItem, { x, options }: Frame): { left: number; right: number } {
  const left = x(item.from);
  const right = item.point ? left + options.markWidth : Math.max(x(item.to), left + options.markWidth);
  return { left, right };
}

export interface LaneResult {
  labelled: { placed: LanePlacement; row: number }[];
  /** Unlabelled marks drawn one by one, or null once there are too many and the lane is binned. */
  compact: LanePlacement[] | null;
  compactCount: number;
  /** Unlabelled items that started before the window (counted into the first bin). */
  earlyCompact: number;
  rowEnds: number[];
  range: [number, number];
  count: number;
}

const unlabelled = (item: TimelineItem, lane: string, left: number, right: number): LanePlacement => ({
  item,
  lane,
  x: left,
  width: right - left,
  labelled: false,
  labelWidth: 0,
  labelX: left,
});

/**
 * Places one lane's items in view: a labelled item only takes a row whose space
 * is free for its mark and label; the rest go to the compact row. Runs of items
 * that cannot get a row are skipped by binary search.
 */
export function layoutLane(lane: LaneIndex, key: string, frame: Frame): LaneResult {
  const { start, end, x, timeAt, options } = frame;
  const result: LaneResult = {
    labelled: [],
    compact: [],
    compactCount: 0,
    earlyCompact: 0,
    rowEnds: [],
    range: [0, 0],
    count: 0,
  };
  const addCompact = (item: TimelineItem, left: number, right: number) => {
    result.compactCount += 1;
    if (result.compact && result.compactCount <= options.maxCompactMarks) {
      result.compact.push(unlabelled(item, key, left, right));
    } else {
      result.compact = null;
    }
  };
  /** Places one item; false when it could not get a labelled row. */
  const place = (item: TimelineItem): boolean => {
    const { left, right } = markIn(item, frame);
    const full = result.rowEnds.length >= options.maxLabelledRows;
    // With every row taken, a label fits only if it ends by the view's edge once shifted
    // inside it: its room is the space right of the earliest free row.
    const free = full ? minimum(result.rowEnds) + options.gap : -Infinity;
    const wanted = free <= left ? options.labelWidth(item, full ? options.width - free : Infinity) : null;
    if (wanted !== null) {
      // A label longer than the view is shortened to it (the stylesheet ends it with an ellipsis), never cut by its edge.
      const labelWidth = Math.min(wanted, options.width);
      const labelX = Math.max(0, Math.min(left, options.width - labelWidth));
      const extentLeft = Math.min(left, labelX);
      let row = result.rowEnds.findIndex((rowEnd) => rowEnd + options.gap <= extentLeft);
      if (row === -1 && !full) row = result.rowEnds.push(-Infinity) - 1;
      if (row !== -1) {
        result.rowEnds[row] = Math.max(right, labelX + labelWidth);
        const placed = { item, lane: key, x: left, width: right - left, labelled: true, labelWidth, labelX };
        result.labelled.push({ placed, row });
        return true;
      }
    }
    addCompact(item, left, right);
    return false;
  };

  // Items that began before the window and are still under way: short ones by search, long ones by scan.
  const early: TimelineItem[] = [];
  for (let i = lowerBound(lane.from, start - SHORT_SPAN_MS); i < lowerBound(lane.from, start); i += 1) {
    const item = lane.items[i];
    if (item && item.to > start && item.to - item.from <= SHORT_SPAN_MS) early.push(item);
  }
  for (const item of lane.long) if (item.from < start && item.to > start) early.push(item);
  early.sort(compareItems);
  for (const item of early) if (!place(item)) result.earlyCompact += 1;

  // Items starting inside the window, in date order.
  const first = lowerBound(lane.from, start);
  const last = lowerBound(lane.from, end, first);
  result.range = [first, last];
  result.count = early.length + (last - first);
  let i = first;
  while (i < last) {
    const item = lane.items[i] as TimelineItem;
    if (result.rowEnds.length >= options.maxLabelledRows) {
      // Every row is taken until the earliest one frees up: all that starts before then is compact.
      const free = minimum(result.rowEnds) + options.gap;
      if (x(item.from) < free) {
        const resume = Math.max(i + 1, lowerBound(lane.from, timeAt(free), i, last));
        for (let j = i; j < resume; j += 1) {
          if (!result.compact) {
            result.compactCount += resume - j;
            break;
          }
          const skipped = lane.items[j] as TimelineItem;
          const { left, right } = markIn(skipped, frame);
          addCompact(skipped, left, right);
        }
        i = resume;
        continue;
      }
    }
    place(item);
    i += 1;
  }
  return result;
}

/** Counts the lane's unlabelled marks per bin by searching the starts, not by visiting every item. */
export function binLane(
  lane: LaneIndex,
  result: LaneResult,
  key: string,
  y: number,
  { x, timeAt, options }: Frame,
): DensityBin[] {
  const [first, last] = result.range;
  const binCount = Math.ceil(options.width / options.binWidth);
  const counts = new Float64Array(binCount);
  let from = first;
  for (let bin = 0; bin < binCount; bin += 1) {
    const to = bin === binCount - 1 ? last : lowerBound(lane.from, timeAt((bin + 1) * options.binWidth), from, last);
    counts[bin] = to - from;
    from = to;
  }
  counts[0] = (counts[0] ?? 0) + result.earlyCompact;
  for (const { placed } of result.labelled) {
    if (placed.item.from < timeAt(0)) continue;
    const bin = Math.min(binCount - 1, Math.floor(Math.max(0, x(placed.item.from)) / options.binWidth));
    counts[bin] = (counts[bin] ?? 0) - 1;
  }
  const bins: DensityBin[] = [];
  counts.forEach((count, bin) => {
    if (count > 0) bins.push({ lane: key, x: bin * options.binWidth, width: options.binWidth, y, count });
  });
  return bins;
}
