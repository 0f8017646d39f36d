import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcTicks } from 'd3-time';
import type { Lang } from '../../i18n/editions';
import { formatTick } from './date-format';
import { DAY_MS } from './timeline-item';

export { formatTick };

/** The whole span the timeline can show: its years, with no way to scroll beyond. */
export function scopeExtent(firstYear: number, lastYear: number): [number, number] {
  return [Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)];
}

/** The narrowest window a reader can zoom to: wide enough for day ticks to stay legible. */
export const MIN_WINDOW_MS = 14 * DAY_MS;

export function createTimeScale(window: readonly [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(window[0]), new Date(window[1])])
    .range([0, width]);
}

/** Keeps a window within the scope and no narrower than the minimum, preserving its centre where it can. */
export function clampWindow(window: readonly [number, number], scope: readonly [number, number]): [number, number] {
  const scopeSpan = scope[1] - scope[0];
  const span = Math.min(Math.max(window[1] - window[0], MIN_WINDOW_MS), scopeSpan);
  const centre = (window[0] + window[1]) / 2;
  const start = Math.min(Math.max(centre - span / 2, scope[0]), scope[1] - span);
  return [start, start + span];
}

/** About one tick per 90 px, but never fewer than two. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / 90));
}

/** An axis tick as drawn: its position, px, and its label. */
export interface AxisTick {
  x: number;
  label: string;
}

/**
 * The axis of a window drawn `width` px wide: about one tick per 90 px,
 * labelled by the zoom level. The first tick names its year, so that the
 * year is always on the axis however far it is zoomed in.
 */
export function axisTicks(window: readonly [number, number], width: number, lang: Lang): AxisTick[] {
  // The ticks of createTimeScale(window, width), computed without the scale: the client then needs no d3-scale.
  const [start, end] = window;
  return utcTicks(new Date(start), new Date(end), tickCount(width)).map((date, index) => ({
    x: ((date.getTime() - start) * width) / (end - start),
    label: formatTick(date, lang, { withYear: index === 0 }),
  }));
}
