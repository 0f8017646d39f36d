import type { TimelineItem } from './timeline-item';

/** Pixel geometry of the timeline's lanes: pure numbers, drawn by the render layer as given. */
export interface LayoutOptions {
  /** Width of the drawing area, px. */
  width: number;
  /** Height of one row of marks and labels, px. */
  rowHeight: number;
  /** Labelled rows a lane may grow to before further items are drawn unlabelled in a compact row. */
  maxLabelledRows: number;
  /**
   * Width of an item's label, px (measured by the caller; asked only for items that may get a label);
   * null for an item to draw without one (its title has not come yet). `room` is the widest label
   * that could still be placed: a measurer may stop counting past it and return any larger width.
   */
  labelWidth: (item: TimelineItem, room: number) => number | null;
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

/** The box an item's element takes, whole pixels: its mark and label are placed inside it by offsets. */
export interface MarkBox {
  left: number;
  top: number;
  width: number;
  markOffset: number;
  markWidth: number;
  /** Of a span whose start is known to the day and end only to the month or year: the width drawn solid, the rest hatched. */
  markSolid: number | null;
  labelOffset: number;
}

export interface PlacedItem {
  item: TimelineItem;
  /** The key of the row (lane) it is drawn in. */
  lane: string;
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
  /** The focused item, drawn although its lane is counted into bins, so that focus stays on a mark. */
  pinned: boolean;
  /** The element's box, as drawn. */
  box: MarkBox;
}

/** What a lane's layout places before rows are turned into y positions. */
export type LanePlacement = Omit<PlacedItem, 'y' | 'box' | 'pinned'>;

/** Many marks too close to draw one by one: how many start within a few pixels of the compact row. */
export interface DensityBin {
  /** The row's key, which is the colour's when rows are kinds. */
  lane: string;
  x: number;
  width: number;
  y: number;
  count: number;
}

/** Unlabelled marks too close to tell apart, drawn as one counted target that zooms in on them. */
export interface MarkCluster {
  lane: string;
  /** Its box, px: from the first mark's left edge to the last one's right. */
  x: number;
  y: number;
  width: number;
  count: number;
  /** The time its entries cover, UTC ms [from, to). */
  from: number;
  to: number;
}

/** A density bin as drawn: a bar whose opacity follows its count. */
export interface DensityBar {
  lane: string;
  x: number;
  y: number;
  width: number;
  height: number;
  opacity: number;
}

export interface PlacedLane {
  /** The row's key: a kind, partner, series or scope id, or "other" or "none". */
  key: string;
  y: number;
  height: number;
  /** Rows with labels, then possibly one compact row. */
  rows: number;
  /** Items in this lane that are in view. */
  count: number;
  /** Whether its unlabelled items are counted into density bins rather than drawn one by one. */
  binned: boolean;
}

export interface TimelineLayout {
  items: PlacedItem[];
  clusters: MarkCluster[];
  bins: DensityBin[];
  bars: DensityBar[];
  lanes: PlacedLane[];
  height: number;
}
