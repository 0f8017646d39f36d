import type { EventKind } from '../content/vocabulary';
import { compareItems, DAY_MS, type TimelineItem } from './timeline-item';

/** Pixel geometry of the timeline's lanes: pure numbers, drawn by the render layer as given. */
export interface LayoutOptions {
  /** Width of the drawing area, px. */
  width: number;
  lanes: readonly EventKind[];
  /** Height of one row of marks and labels, px. */
  rowHeight: number;
  /** Labelled rows a lane may grow to before further items are drawn unlabelled in a compact row. */
  maxLabelledRows: number;
  /** Width of an item's label, px (measured by the caller; asked only for items that may get a label). */
  labelWidth: (item: TimelineItem) => number;
  /** Space kept between neighbouring marks and labels in a row, px. */
  gap: number;
  /** A point's mark width, and the narrowest a span is drawn, px. */
  markWidth: number;
  /** Gap between lanes, px. */
  laneGap: number;
  /** Space at the top of each lane for its name, px. */
  laneHeader: number;
  /** Unlabelled marks a lane draws one by one; beyond this they are counted into density bins. */
  maxCompactMarks: number;
  /** Width of a density bin, px. */
  binWidth: number;
}

export interface PlacedItem {
  item: TimelineItem;
  lane: EventKind;
  /** Left edge of the mark, px (may be negative when it starts before the view). */
  x: number;
  /** Width of the mark: the whole period the item could cover. */
  width: number;
  /** Top of the item's row, px from the top of the drawing. */
  y: number;
  /** Whether its label is drawn; unlabelled items sit in the lane's compact row. */
  labelled: boolean;
  /** Width of the label when drawn, px (0 when unlabelled). */
  labelWidth: number;
  /** Left edge of the label: under the mark, moved inwards so that it stays inside the view. */
  labelX: number;
}

/** Many marks too close to draw one by one: how many start within a few pixels of the compact row. */
export interface DensityBin {
  lane: EventKind;
  x: number;
  width: number;
  y: number;
  count: number;
}

export interface PlacedLane {
  kind: EventKind;
  y: number;
  height: number;
  /** Rows with labels, then possibly one compact row. */
  rows: number;
  /** Items in this lane that are in view. */
  count: number;
}

export interface TimelineLayout {
  items: PlacedItem[];
  bins: DensityBin[];
  lanes: PlacedLane[];
  height: number;
}

/** Items longer than this are few per lane and are checked one by one; shorter ones are found by search. */
const SHORT_SPAN_MS = 62 * DAY_MS;

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
function lowerBound(values: Float64Array, value: number, low = 0, high = values.length): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function minimum(values: readonly number[]): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}

/** One frame's mapping between time and pixels, with the options: what every step of a layout needs. */
interface Frame {
  start: number;
  end: number;
  x: (time: number) => number;
  timeAt: (px: number) => number;
  options: LayoutOptions;
}

function frameOf(window: readonly [number, number], options: LayoutOptions): Frame {
  const [start, end] = window;
  const pxPerMs = options.width / (end - start);
  return { start, end, options, x: (time) => (time - start) * pxPerMs, timeAt: (px) => start + px / pxPerMs };
}

/**
 * Where an item's mark lies in a window, px: a point is a mark's width wide, a
 * span the whole period it could cover, never narrower than a mark.
 */
export function markExtent(
  item: TimelineItem,
  window: readonly [number, number],
  options: LayoutOptions,
): { left: number; right: number } {
  return markIn(item, frameOf(window, options));
}

function markIn(item: TimelineItem, { x, options }: Frame): { left: number; right: number } {
  const left = x(item.from);
  const right = item.point ? left + options.markWidth : Math.max(x(item.to), left + options.markWidth);
  return { left, right };
}

interface LaneResult {
  labelled: { placed: Omit<PlacedItem, 'y'>; row: number }[];
  /** Unlabelled marks drawn one by one, or null once there are too many and the lane is binned. */
  compact: Omit<PlacedItem, 'y'>[] | null;
  compactCount: number;
  /** Unlabelled items that started before the window (counted into the first bin). */
  earlyCompact: number;
  rowEnds: number[];
  range: [number, number];
  count: number;
}

/**
 * Lays out what is in `window` ([start, end) in UTC ms) across `options.width`
 * px. Labels never overlap: a labelled item only takes a row whose space is
 * free for its mark and label. When a lane's rows are full, the rest are drawn
 * as marks in one compact row, and when even those are too many, counted into
 * density bins (level of detail). Runs of items that cannot get a row are
 * skipped by binary search, so a frame costs what is drawn, not what exists.
 */
export function layoutTimeline(
  index: TimelineIndex,
  window: readonly [number, number],
  options: LayoutOptions,
): TimelineLayout {
  const frame = frameOf(window, options);

  const placedItems: PlacedItem[] = [];
  const bins: DensityBin[] = [];
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const kind of options.lanes) {
    const lane = index.get(kind);
    if (!lane) continue;
    const result = layoutLane(lane, frame);
    const labelledRows = Math.max(1, result.rowEnds.length);
    const rows = labelledRows + (result.compactCount > 0 ? 1 : 0);
    const top = y + options.laneHeader;
    const compactY = top + labelledRows * options.rowHeight;
    for (const { placed, row } of result.labelled) placedItems.push({ ...placed, y: top + row * options.rowHeight });
    if (result.compact) {
      for (const placed of result.compact) placedItems.push({ ...placed, y: compactY });
    } else {
      bins.push(...binLane(lane, result, kind, compactY, frame));
    }
    const height = options.laneHeader + rows * options.rowHeight;
    lanes.push({ kind, y, height, rows, count: result.count });
    y += height + options.laneGap;
  }
  // Lanes were laid out one by one; drawing and focus follow date order.
  placedItems.sort((a, b) => compareItems(a.item, b.item));
  return { items: placedItems, bins, lanes, height: Math.max(0, y - options.laneGap) };
}

function layoutLane(lane: LaneIndex, frame: Frame): LaneResult {
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
      result.compact.push({
        item,
        lane: item.kind,
        x: left,
        width: right - left,
        labelled: false,
        labelWidth: 0,
        labelX: left,
      });
    } else {
      result.compact = null;
    }
  };
  /** Places one item; false when it could not get a labelled row. */
  const place = (item: TimelineItem): boolean => {
    const { left, right } = markIn(item, frame);
    const full = result.rowEnds.length >= options.maxLabelledRows;
    if (!full || minimum(result.rowEnds) + options.gap <= left) {
      const labelWidth = options.labelWidth(item);
      const labelX = Math.max(0, Math.min(left, options.width - labelWidth));
      const extentLeft = Math.min(left, labelX);
      let row = result.rowEnds.findIndex((rowEnd) => rowEnd + options.gap <= extentLeft);
      if (row === -1 && !full) row = result.rowEnds.push(-Infinity) - 1;
      if (row !== -1) {
        result.rowEnds[row] = Math.max(right, labelX + labelWidth);
        const placed = { item, lane: item.kind, x: left, width: right - left, labelled: true, labelWidth, labelX };
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
function binLane(
  lane: LaneIndex,
  result: LaneResult,
  kind: EventKind,
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
    if (count > 0) bins.push({ lane: kind, x: bin * options.binWidth, width: options.binWidth, y, count });
  });
  return bins;
}
