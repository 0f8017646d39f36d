import { GEOMETRY } from './geometry';
import type { PlacedItem } from './layout-types';

/** One stop of a series' run: the centre of an entry's mark, and its number in the series when the sources number it. */
interface RunStop {
  x: number;
  y: number;
  number: number | null;
}

/** A series' entries in view, joined in date order: drawn as one connected, numbered run. */
export interface SeriesRun {
  lane: string;
  stops: RunStop[];
}

/** Where the line of a run meets a mark: the middle of a point, the start of a span. */
function stopOf({ item, x, y, width }: PlacedItem): RunStop {
  const middle = item.point ? x + width / 2 : x + Math.min(width, GEOMETRY.markSize) / 2;
  return { x: Math.round(middle), y: y + GEOMETRY.markSize / 2, number: item.number };
}

/**
 * The runs of the rows that are series (not the rows that gather the rest):
 * each row's drawn marks, in date order, when there are two or more of them.
 * `items` are in date order, as the layout gives them.
 */
export function runsInView(items: readonly PlacedItem[], isSeries: (lane: string) => boolean): SeriesRun[] {
  const byLane = new Map<string, RunStop[]>();
  for (const placed of items) {
    if (!isSeries(placed.lane)) continue;
    const stops = byLane.get(placed.lane) ?? [];
    stops.push(stopOf(placed));
    byLane.set(placed.lane, stops);
  }
  return [...byLane].filter(([, stops]) => stops.length > 1).map(([lane, stops]) => ({ lane, stops }));
}
