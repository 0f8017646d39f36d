import type { EventKind } from '../content/vocabulary';
import { compareItems, type TimelineItem } from './timeline-item';

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

/** Many items too close to draw one by one, counted over a few pixels of the compact row. */
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

type Unplaced = Omit<PlacedItem, 'y'>;

interface LaneWork {
  labelled: { placed: Unplaced; row: number }[];
  /** Unlabelled marks as parallel arrays: at scale most are only counted, so no object is made for them. */
  compactItems: TimelineItem[];
  compactX: number[];
  compactWidth: number[];
  rowEnds: number[];
}

/**
 * Lays out the items that are in view. `items` must be in date order; `x`
 * maps UTC ms to px. Labels never overlap: a labelled item only takes a row
 * whose space is free for its mark and label. When a lane is full, the rest
 * are drawn as marks in one compact row, and when even those are too many,
 * as density bins (level of detail). Labels are measured only for items that
 * could still find a free row, so the cost follows what is drawn.
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  x: (time: number) => number,
  options: LayoutOptions,
): TimelineLayout {
  const work = new Map<EventKind, LaneWork>();
  for (const kind of options.lanes) {
    work.set(kind, { labelled: [], compactItems: [], compactX: [], compactWidth: [], rowEnds: [] });
  }
  const compact = (lane: LaneWork, item: TimelineItem, left: number, width: number) => {
    lane.compactItems.push(item);
    lane.compactX.push(left);
    lane.compactWidth.push(width);
  };

  for (const item of items) {
    const lane = work.get(item.kind);
    if (!lane) continue;
    const left = x(item.from);
    const right = item.point ? left + options.markWidth : Math.max(x(item.to), left + options.markWidth);
    if (right < 0 || left > options.width) continue;

    // Rows end further right as items are placed in date order: if the row that ends first
    // is not free even at the mark's left edge, no row is, and the label need not be measured.
    const full = lane.rowEnds.length >= options.maxLabelledRows;
    if (full && minimum(lane.rowEnds) + options.gap > left) {
      compact(lane, item, left, right - left);
      continue;
    }
    const labelWidth = options.labelWidth(item);
    const labelX = Math.max(0, Math.min(left, options.width - labelWidth));
    const extentLeft = Math.min(left, labelX);
    let row = lane.rowEnds.findIndex((end) => end + options.gap <= extentLeft);
    if (row === -1 && !full) row = lane.rowEnds.push(-Infinity) - 1;
    if (row === -1) {
      compact(lane, item, left, right - left);
      continue;
    }
    lane.rowEnds[row] = Math.max(right, labelX + labelWidth);
    const placed = { item, lane: item.kind, x: left, width: right - left, labelled: true, labelWidth, labelX };
    lane.labelled.push({ placed, row });
  }

  const placedItems: PlacedItem[] = [];
  const bins: DensityBin[] = [];
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const kind of options.lanes) {
    const lane = work.get(kind);
    if (!lane) continue;
    const labelledRows = Math.max(1, lane.rowEnds.length);
    const compactCount = lane.compactItems.length;
    const rows = labelledRows + (compactCount > 0 ? 1 : 0);
    const top = y + options.laneHeader;
    const compactY = top + labelledRows * options.rowHeight;
    for (const { placed, row } of lane.labelled) placedItems.push({ ...placed, y: top + row * options.rowHeight });
    if (compactCount <= options.maxCompactMarks) {
      lane.compactItems.forEach((item, i) => {
        const x = lane.compactX[i] ?? 0;
        placedItems.push({
          item,
          lane: kind,
          x,
          width: lane.compactWidth[i] ?? 0,
          y: compactY,
          labelled: false,
          labelWidth: 0,
          labelX: x,
        });
      });
    } else {
      bins.push(...binMarks(lane.compactX, kind, compactY, options));
    }
    const height = options.laneHeader + rows * options.rowHeight;
    lanes.push({ kind, y, height, rows, count: lane.labelled.length + compactCount });
    y += height + options.laneGap;
  }
  // Labelled and compact marks were gathered apart; drawing and focus follow date order.
  placedItems.sort((a, b) => compareItems(a.item, b.item));
  return { items: placedItems, bins, lanes, height: Math.max(0, y - options.laneGap) };
}

function minimum(values: readonly number[]): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}

/** Counts marks by the bin their visible part starts in. */
function binMarks(xs: readonly number[], lane: EventKind, y: number, options: LayoutOptions): DensityBin[] {
  const counts = new Uint32Array(Math.ceil(options.width / options.binWidth) + 1);
  for (const x of xs) {
    const bin = Math.floor(Math.max(0, x) / options.binWidth);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const bins: DensityBin[] = [];
  counts.forEach((count, bin) => {
    if (count > 0) bins.push({ lane, x: bin * options.binWidth, width: options.binWidth, y, count });
  });
  return bins;
}
