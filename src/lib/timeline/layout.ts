import { EVENT_KINDS, type EventKind } from '../../schemas/vocabulary/lanes';
import { GEOMETRY } from './geometry';
import type { TimelineIndex } from './layout-index';
import { clusterCompact } from './layout-clusters';
import { binLane, frameOf, layoutLane, markIn } from './layout-lane';
import type {
  DensityBar,
  DensityBin,
  LanePlacement,
  MarkCluster,
  LayoutOptions,
  MarkBox,
  PlacedItem,
  PlacedLane,
  TimelineLayout,
} from './layout-types';
import { compareItems, type TimelineItem } from './timeline-item';

export { indexTimeline, type TimelineIndex } from './layout-index';
export type * from './layout-types';

/** The timeline's lanes, top to bottom: the vocabulary's kinds, in its order. */
export const LANES: readonly EventKind[] = EVENT_KINDS;

/** Layout options from the one set of geometry constants, for a drawing `width` px wide. */
export function layoutOptions(width: number, labelWidth: LayoutOptions['labelWidth']): LayoutOptions {
  const { rowHeight, maxLabelledRows, gap, markSize, laneGap, laneHeader, maxCompactMarks, binWidth } = GEOMETRY;
  return {
    width,
    rowHeight,
    maxLabelledRows,
    labelWidth,
    gap,
    markWidth: markSize,
    laneGap,
    laneHeader,
    maxCompactMarks,
    binWidth,
  };
}

/** Where an item's mark lies in a window, px: a point is a mark's width wide, a span the period it could cover. */
function markExtent(
  item: TimelineItem,
  window: readonly [number, number],
  options: LayoutOptions,
): { left: number; right: number } {
  return markIn(item, frameOf(window, options));
}

/** How much of a mark is drawn solid: all of it unless its start is known to the day and its end is not. */
function solidWidth({ item, width }: LanePlacement): number | null {
  if (item.point || item.precision !== 'day' || item.certainTo >= item.to) return null;
  // x is linear in time: the certain share of the period is the same share of the mark.
  return Math.round((width * (item.certainTo - item.from)) / (item.to - item.from));
}

/** The element's box: the mark and, when drawn, its label, in whole pixels. */
function boxOf(placed: LanePlacement, y: number): MarkBox {
  const { x, width, labelled, labelX, labelWidth } = placed;
  const left = labelled ? Math.min(x, labelX) : x;
  const right = labelled ? Math.max(x + width, labelX + labelWidth) : x + width;
  return {
    left: Math.round(left),
    top: y,
    width: Math.round(right - left),
    markOffset: Math.round(x - left),
    markWidth: Math.max(0, Math.round(width)),
    markSolid: solidWidth(placed),
    labelOffset: Math.round(labelX - left),
  };
}

const place = (placed: LanePlacement, y: number, pinned = false): PlacedItem => ({
  ...placed,
  y,
  pinned,
  box: boxOf(placed, y),
});

/** Bins as bars: drawn in the compact row, stronger the more marks they count. */
function densityBars(bins: readonly DensityBin[]): DensityBar[] {
  const max = Math.max(...bins.map((bin) => bin.count));
  return bins.map((bin) => ({
    lane: bin.lane,
    x: bin.x,
    y: bin.y + GEOMETRY.binTop,
    width: Math.max(1, bin.width - 1),
    height: GEOMETRY.binHeight,
    opacity: 0.25 + 0.75 * (Math.log1p(bin.count) / Math.log1p(max)),
  }));
}

/**
 * Lays out what is in `window` ([start, end) in UTC ms) across `options.width`
 * px. Labels never overlap: a labelled item only takes a row whose space is
 * free for its mark and label. When a lane's rows are full, the rest are drawn
 * as marks in one compact row (marks too close to tell apart become one
 * counted cluster, so that no two targets overlap), and when even those are
 * too many, counted into density bins (level of detail). The `focused` item, when in view, always has
 * a mark: pinned in its lane's compact row if that lane is binned.
 */
export function layoutTimeline(
  index: TimelineIndex,
  window: readonly [number, number],
  options: LayoutOptions,
  focused: TimelineItem | null = null,
  rowOf: (item: TimelineItem) => string = (item) => item.kind,
): TimelineLayout {
  const frame = frameOf(window, options);
  const items: PlacedItem[] = [];
  const clusters: MarkCluster[] = [];
  const bins: DensityBin[] = [];
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const [key, lane] of index) {
    const result = layoutLane(lane, key, frame);
    const labelledRows = Math.max(1, result.rowEnds.length);
    const rows = labelledRows + (result.compactCount > 0 ? 1 : 0);
    const top = y + options.laneHeader;
    const compactY = top + labelledRows * options.rowHeight;
    for (const { placed, row } of result.labelled) items.push(place(placed, top + row * options.rowHeight));
    if (result.compact) {
      const compact = clusterCompact(result.compact, compactY, options.gap / 2, focused?.id ?? null);
      for (const placed of compact.marks) items.push(place(placed, compactY));
      clusters.push(...compact.clusters);
    } else {
      bins.push(...binLane(lane, result, key, compactY, frame));
    }
    const height = options.laneHeader + rows * options.rowHeight;
    lanes.push({ key, y, height, rows, count: result.count, binned: !result.compact });
    y += height + options.laneGap;
  }
  const pinned = pin(focused, items, lanes, frame.start, frame.end, options, rowOf);
  if (pinned) items.push(pinned);
  // Lanes were laid out one by one; drawing and focus follow date order.
  items.sort((a, b) => compareItems(a.item, b.item));
  return { items, clusters, bins, bars: densityBars(bins), lanes, height: Math.max(0, y - options.laneGap) };
}

/** The focused item's mark when the lane's level of detail left it out: in the lane's last row. */
function pin(
  focused: TimelineItem | null,
  items: readonly PlacedItem[],
  lanes: readonly PlacedLane[],
  start: number,
  end: number,
  options: LayoutOptions,
  rowOf: (item: TimelineItem) => string,
): PlacedItem | null {
  if (!focused || focused.to <= start || focused.from >= end) return null;
  if (items.some((placed) => placed.item.id === focused.id)) return null;
  const key = rowOf(focused);
  const lane = lanes.find((candidate) => candidate.key === key);
  if (!lane) return null;
  const { left, right } = markExtent(focused, [start, end], options);
  const placed: LanePlacement = {
    item: focused,
    lane: key,
    x: left,
    width: right - left,
    labelled: false,
    labelWidth: 0,
    labelX: left,
  };
  return place(placed, lane.y + lane.height - options.rowHeight, true);
}
