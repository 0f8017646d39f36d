/**
 * Geometry of the analysis page's charts, in px: pure numbers that the chart
 * components draw as SVG at build time, so the figures need no JavaScript.
 */

/** Room for the row labels at the left and the column labels at the top, px. */
const LABEL_WIDTH = 170;
const HEADER = 22;
const CELL = 34;
const ROW = 24;

interface HeatCell {
  x: number;
  y: number;
  size: number;
  /** 0 (none) to 1 (the largest value in the grid). */
  strength: number;
  text: string;
}

export interface HeatGrid {
  width: number;
  height: number;
  columns: { x: number; text: string }[];
  rows: { y: number; text: string }[];
  cells: HeatCell[];
}

/** A grid of values, a row per label and a column per heading, each cell shaded by its value. */
export function heatGrid(
  rows: readonly { label: string; values: readonly number[] }[],
  columns: readonly string[],
  format: (value: number) => string = String,
): HeatGrid {
  const max = Math.max(0, ...rows.flatMap((row) => row.values));
  return {
    width: LABEL_WIDTH + columns.length * CELL,
    height: HEADER + rows.length * CELL,
    columns: columns.map((text, index) => ({ x: LABEL_WIDTH + index * CELL + CELL / 2, text })),
    rows: rows.map((row, index) => ({ y: HEADER + index * CELL + CELL / 2, text: row.label })),
    cells: rows.flatMap((row, rowIndex) =>
      row.values.map((value, column) => ({
        x: LABEL_WIDTH + column * CELL,
        y: HEADER + rowIndex * CELL,
        size: CELL - 2,
        strength: max === 0 ? 0 : value / max,
        text: value === 0 ? '' : format(value),
      })),
    ),
  };
}

export interface StackedBars {
  width: number;
  height: number;
  /** The height the bars may take, below which the column labels go. */
  baseline: number;
  bars: {
    x: number;
    width: number;
    label: string;
    total: number;
    segments: { key: string; y: number; height: number; value: number }[];
  }[];
}

/** A bar per column, stacked from its segments' values, the tallest column `plot` px high. */
export function stackedBars(
  columns: readonly string[],
  stacks: readonly { key: string; values: readonly number[] }[],
  plot = 160,
): StackedBars {
  const totals = columns.map((_, index) => stacks.reduce((sum, stack) => sum + (stack.values[index] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const top = HEADER;
  const baseline = top + plot;
  return {
    width: columns.length * (CELL + 8),
    height: baseline + HEADER,
    baseline,
    bars: columns.map((label, index) => {
      let y = baseline;
      const segments = stacks.map(({ key, values }) => {
        const value = values[index] ?? 0;
        const height = (value / max) * plot;
        y -= height;
        return { key, y, height, value };
      });
      return { x: index * (CELL + 8) + 4, width: CELL, label, total: totals[index] ?? 0, segments };
    }),
  };
}

export interface DivergingBars {
  width: number;
  height: number;
  /** The x of the axis between the two sides. */
  middle: number;
  rows: { y: number; label: string; left: number; right: number; leftWidth: number; rightWidth: number }[];
}

/** A row per label, its left value drawn leftwards from the middle and its right value rightwards. */
export function divergingBars(
  rows: readonly { label: string; left: number; right: number }[],
  half = 160,
): DivergingBars {
  const max = Math.max(1, ...rows.flatMap((row) => [row.left, row.right]));
  const middle = LABEL_WIDTH + half;
  return {
    width: LABEL_WIDTH + 2 * half + 40,
    height: HEADER + rows.length * ROW,
    middle,
    rows: rows.map((row, index) => ({
      y: HEADER + index * ROW,
      label: row.label,
      left: row.left,
      right: row.right,
      leftWidth: (row.left / max) * half,
      rightWidth: (row.right / max) * half,
    })),
  };
}

export interface SeriesStrip {
  width: number;
  height: number;
  columns: { x: number; text: string }[];
  rows: {
    y: number;
    text: string;
    /** The run's line, from its first entry to its last. */
    line: { x1: number; x2: number } | null;
    /** Each numbered entry, spread within its year when a year has several. */
    dots: { x: number; text: string }[];
    /** Years inside the run with no entry, for a series meant to meet every year. */
    missing: { x: number }[];
  }[];
}

/**
 * Each series as a run across the years: a dot per numbered entry, labelled
 * with its number, joined by a line, with a ring in each year an annual
 * series has no entry between its first and last.
 */
export function seriesStrip(
  runs: readonly { label: string; annual: boolean; held: readonly { number: number; year: number }[] }[],
  years: readonly number[],
): SeriesStrip {
  // Series' names are long: twice the usual room for labels.
  const labelWidth = 2 * LABEL_WIDTH;
  const columnX = (year: number) => labelWidth + years.indexOf(year) * CELL;
  return {
    width: labelWidth + years.length * CELL,
    height: HEADER + runs.length * ROW,
    columns: years.map((year) => ({ x: columnX(year) + CELL / 2, text: `’${String(year).slice(2)}` })),
    rows: runs.map((run, index) => {
      const held = run.held.filter((entry) => years.includes(entry.year));
      const dots = held.map((entry) => {
        const sameYear = held.filter((other) => other.year === entry.year);
        const place = sameYear.indexOf(entry) + 1;
        return { x: columnX(entry.year) + (place * CELL) / (sameYear.length + 1), text: String(entry.number) };
      });
      const xs = dots.map((dot) => dot.x);
      const heldYears = new Set(held.map((entry) => entry.year));
      const first = Math.min(...heldYears);
      const last = Math.max(...heldYears);
      return {
        y: HEADER + index * ROW + ROW / 2,
        text: run.label,
        line: xs.length > 1 ? { x1: Math.min(...xs), x2: Math.max(...xs) } : null,
        dots,
        missing: run.annual
          ? years
              .filter((year) => year > first && year < last && !heldYears.has(year))
              .map((year) => ({
                x: columnX(year) + CELL / 2,
              }))
          : [],
      };
    }),
  };
}
