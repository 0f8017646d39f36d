import type { EventKind } from '../content/vocabulary';
import type { TimelineItem } from './timeline-item';

/** Pixel geometry of the timeline's lanes: pure numbers, drawn by the render layer as given. */
export interface LayoutOptions {
  /** Width of the drawing area, px. */
  width: number;
  lanes: readonly EventKind[];
  /** Height of one row of marks and labels, px. */
  rowHeight: number;
  /** Labelled rows a lane may grow to before further items are drawn unlabelled in a compact row. */
  maxLabelledRows: number;
  /** Width of an item's label, px (measured by the caller). */
  labelWidth: (item: TimelineItem) => number;
  /** Space kept between neighbouring marks and labels in a row, px. */
  gap: number;
  /** A point's mark width, and the narrowest a span is drawn, px. */
  markWidth: number;
  /** Gap between lanes, px. */
  laneGap: number;
  /** Space at the top of each lane for its name, px. */
  laneHeader: number;
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
  /** Width of the label when drawn, px. */
  labelWidth: number;
  /** Left edge of the label: under the mark, moved inwards so that it stays inside the view. */
  labelX: number;
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
  lanes: PlacedLane[];
  height: number;
}

/**
 * Lays out the items that are in view. `items` must be in date order; `x`
 * maps UTC ms to px. Labels never overlap: a labelled item only takes a row
 * whose space is free for its mark and label; when a lane is full, the rest
 * are drawn as marks in one compact row (level of detail).
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  x: (time: number) => number,
  options: LayoutOptions,
): TimelineLayout {
  const byLane = new Map<EventKind, { placed: Omit<PlacedItem, 'y'>[]; rowOf: number[]; rowEnds: number[] }>();
  for (const kind of options.lanes) byLane.set(kind, { placed: [], rowOf: [], rowEnds: [] });

  for (const item of items) {
    const lane = byLane.get(item.kind);
    if (!lane) continue;
    const left = x(item.from);
    const right = item.point ? left + options.markWidth : Math.max(x(item.to), left + options.markWidth);
    if (right < 0 || left > options.width) continue;
    const labelWidth = options.labelWidth(item);
    const labelX = Math.max(0, Math.min(left, options.width - labelWidth));
    const extentLeft = Math.min(left, labelX);
    const extentRight = Math.max(right, labelX + labelWidth);

    let row = lane.rowEnds.findIndex((end) => end + options.gap <= extentLeft);
    if (row === -1 && lane.rowEnds.length < options.maxLabelledRows) row = lane.rowEnds.push(-Infinity) - 1;
    const labelled = row !== -1;
    if (labelled) lane.rowEnds[row] = extentRight;
    lane.placed.push({ item, lane: item.kind, x: left, width: right - left, labelled, labelWidth, labelX });
    lane.rowOf.push(row);
  }

  const placedItems: PlacedItem[] = [];
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const kind of options.lanes) {
    const lane = byLane.get(kind);
    if (!lane) continue;
    const labelledRows = Math.max(1, lane.rowEnds.length);
    const hasCompactRow = lane.rowOf.includes(-1);
    const rows = labelledRows + (hasCompactRow ? 1 : 0);
    const top = y + options.laneHeader;
    lane.placed.forEach((placed, index) => {
      const row = lane.rowOf[index] ?? -1;
      placedItems.push({ ...placed, y: top + (row === -1 ? labelledRows : row) * options.rowHeight });
    });
    const height = options.laneHeader + rows * options.rowHeight;
    lanes.push({ kind, y, height, rows, count: lane.placed.length });
    y += height + options.laneGap;
  }
  return { items: placedItems, lanes, height: Math.max(0, y - options.laneGap) };
}
