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
  compact: Unplaced[];
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
  for (const kind of options.lanes) work.set(kind, { labelled: [], compact: [], rowEnds: [] });

  for (const item of items) {
    const lane = work.get(item.kind);
    if (!lane) continue;
    const left = x(item.from);
    const right = item.point ? left + options.markWidth : Math.max(x(item.to), left + options.markWidth);
    if (right < 0 || left > options.width) continue;
    const mark = { item, lane: item.kind, x: left, width: right - left };

    // Rows end further right as items are placed in date order: if the row that ends first
    // is not free even at the mark's left edge, no row is, and the label need not be measured.
    const full = lane.rowEnds.length >= options.maxLabelledRows;
    if (full && Math.min(...lane.rowEnds) + options.gap > left) {
      lane.compact.push({ ...mark, labelled: false, labelWidth: 0, labelX: left });
      continue;
    }
    const labelWidth = options.labelWidth(item);
    const labelX = Math.max(0, Math.min(left, options.width - labelWidth));
    const extentLeft = Math.min(left, labelX);
    let row = lane.rowEnds.findIndex((end) => end + options.gap <= extentLeft);
    if (row === -1 && !full) row = lane.rowEnds.push(-Infinity) - 1;
    if (row === -1) {
      lane.compact.push({ ...mark, labelled: false, labelWidth: 0, labelX: left });
      continue;
    }
    lane.rowEnds[row] = Math.max(right, labelX + labelWidth);
    lane.labelled.push({ placed: { ...mark, labelled: true, labelWidth, labelX }, row });
  }

  const placedItems: PlacedItem[] = [];
  const bins: DensityBin[] = [];
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const kind of options.lanes) {
    const lane = work.get(kind);
    if (!lane) continue;
    const labelledRows = Math.max(1, lane.rowEnds.length);
    const rows = labelledRows + (lane.compact.length > 0 ? 1 : 0);
    const top = y + options.laneHeader;
    const compactY = top + labelledRows * options.rowHeight;
    for (const { placed, row } of lane.labelled) placedItems.push({ ...placed, y: top + row * options.rowHeight });
    if (lane.compact.length <= options.maxCompactMarks) {
      for (const placed of lane.compact) placedItems.push({ ...placed, y: compactY });
    } else {
      bins.push(...binMarks(lane.compact, kind, compactY, options));
    }
    const height = options.laneHeader + rows * options.rowHeight;
    lanes.push({ kind, y, height, rows, count: lane.labelled.length + lane.compact.length });
    y += height + options.laneGap;
  }
  // Labelled and compact marks were gathered apart; drawing and focus follow date order.
  placedItems.sort((a, b) => compareItems(a.item, b.item));
  return { items: placedItems, bins, lanes, height: Math.max(0, y - options.laneGap) };
}

/** Counts marks by the bin their visible part starts in. */
function binMarks(marks: readonly Unplaced[], lane: EventKind, y: number, options: LayoutOptions): DensityBin[] {
  const counts = new Map<number, number>();
  for (const mark of marks) {
    const bin = Math.floor(Math.max(0, mark.x) / options.binWidth);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([bin, count]) => ({ lane, x: bin * options.binWidth, width: options.binWidth, y, count }));
}
