/**
 * Arithmetic of the visible window, [start, end) in UTC ms: zooming, panning,
 * revealing an item, and following the pointer or fingers of a gesture.
 */
import { clampWindow } from './time-scale';

export type TimeWindow = readonly [number, number];

/** Zooms by `factor` (above 1 zooms in) keeping `around` (default: the centre) where it is. */
export function zoomWindow(window: TimeWindow, factor: number, scope: TimeWindow, around?: number): [number, number] {
  const [start, end] = window;
  const centre = around ?? (start + end) / 2;
  return clampWindow([centre - (centre - start) / factor, centre + (end - centre) / factor], scope);
}

/** A window showing the period [from, to) with a fifth of its span free on either side. */
export function windowAround(from: number, to: number, scope: TimeWindow): [number, number] {
  const margin = (to - from) / 5;
  return clampWindow([from - margin, to + margin], scope);
}

/** Moves by a `fraction` of the window's span: negative is earlier. */
export function panWindow(window: TimeWindow, fraction: number, scope: TimeWindow): [number, number] {
  const shift = (window[1] - window[0]) * fraction;
  return clampWindow([window[0] + shift, window[1] + shift], scope);
}

/** The window moved, same span, so that an item outside it comes into view; the window itself if it is in view. */
export function revealWindow(
  window: TimeWindow,
  item: { from: number; to: number },
  scope: TimeWindow,
): [number, number] {
  const [start, end] = window;
  if (item.from < end && item.to > start) return [start, end];
  const span = end - start;
  const centre = (item.from + Math.min(item.to, item.from + span)) / 2;
  return clampWindow([centre - span / 2, centre + span / 2], scope);
}

/**
 * The window that keeps what was under each finger under it: the times at
 * `before` (px, at the gesture's start, in `start`) are drawn at `after` (px).
 * One finger pans; two pinch, zooming around them. `width` is the drawing's.
 */
export function gestureWindow(
  start: TimeWindow,
  before: readonly number[],
  after: readonly number[],
  width: number,
  scope: TimeWindow,
): [number, number] {
  const msPerPx = (start[1] - start[0]) / width;
  const timeAt = (px: number) => start[0] + px * msPerPx;
  const [b0 = 0, b1] = before;
  const [a0 = 0, a1] = after;
  // Fingers closer than a few pixels say nothing about scale: pan only.
  const pinch = b1 !== undefined && a1 !== undefined && Math.abs(b1 - b0) > 4 && Math.abs(a1 - a0) > 4;
  const scale = pinch ? (timeAt(b1) - timeAt(b0)) / (a1 - a0) : msPerPx;
  if (scale <= 0) return [start[0], start[1]];
  const origin = timeAt(b0) - a0 * scale;
  return clampWindow([origin, origin + width * scale], scope);
}

/**
 * How much one wheel step zooms: scrolling up by a line or 100 px zooms in by
 * about 15%, and a trackpad's pinch (sent as a wheel with ctrlKey) ten times
 * faster, so that it follows the fingers.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const px = deltaY * (deltaMode === 1 ? 20 : deltaMode === 2 ? 400 : 1);
  return 2 ** (-px * (ctrlKey ? 0.02 : 0.002));
}
