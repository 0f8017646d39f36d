/**
 * Every number of the timeline's drawing, in one place: the layout computes
 * with them and the stylesheet reads them as custom properties (set by the
 * element on itself), so that CSS never restates them.
 */
export const GEOMETRY = {
  /** Height of the axis above the lanes, px. */
  axisHeight: 28,
  /** Length of an axis tick, px, and the space between a tick and its label. */
  tickSize: 6,
  tickPadding: 3,
  /** Height of one row of marks and labels, px. */
  rowHeight: 30,
  /** Height of an unlabelled mark's box in the compact row, px. */
  compactHeight: 14,
  /** A point's mark: its width (the narrowest a span is drawn) and height, px. */
  markSize: 12,
  /** Space between the top of a row and its label's line, px; the label's size, px, and its line's height, in sizes. */
  labelTop: 14,
  labelSize: 13,
  labelLine: 1.1,
  /** Space kept right of a label's text inside its box, px. */
  labelEnd: 4,
  /** Size of a cluster's count, px. */
  countSize: 10,
  /** Space kept between neighbouring marks and labels in a row, px. */
  gap: 8,
  /** Gap between lanes, px. */
  laneGap: 6,
  /** Space at the top of each lane for its name, px. */
  laneHeader: 22,
  /** Labelled rows a lane may grow to before further items are drawn unlabelled in a compact row. */
  maxLabelledRows: 4,
  /** Unlabelled marks a lane draws one by one; beyond this they are counted into density bins. */
  maxCompactMarks: 40,
  /** Width of a density bin, px, and where its bar sits in the compact row. */
  binWidth: 3,
  binTop: 4,
  binHeight: 14,
  /** Padding and mark room added to a label's measured text, px, and the share added for kerning. */
  labelPadding: 24,
  labelKerning: 0.04,
} as const;

export type Geometry = typeof GEOMETRY;

/** The numbers CSS draws with, as custom properties: `--tl-row-height: 30px`… */
export function geometryProperties(geometry: Geometry = GEOMETRY): [string, string][] {
  return [
    ['--tl-row-height', `${geometry.rowHeight}px`],
    ['--tl-compact-height', `${geometry.compactHeight}px`],
    ['--tl-mark-size', `${geometry.markSize}px`],
    ['--tl-label-size', `${geometry.labelSize}px`],
    ['--tl-label-line', String(geometry.labelLine)],
  ];
}
