/**
 * Arithmetic of the visible window, [start, end) in UTC ms: zooming, panning,
 * revealing an item, and the zoom transform a gesture library works in.
 */
import { clampWindow } from './time-scale';

export type TimeWindow = readonly [number, number];

/** Zooms by `factor` (above 1 zooms in) keeping `around` (default: the centre) where it is. */
export function zoomWindow(window: TimeWindow, factor: number, scope: TimeWindow, around?: number): [number, number] {
  const [start, end] = window;
  const centre = around ?? (start + end) / 2;
  return clampWindow([centre - (centre - start) / factor, centre + (end - centre) / factor], scope);
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

/** A zoom transform (scale k, then translation x) relative to the whole scope drawn `width` px wide. */
export interface ZoomTransform {
  k: number;
  x: number;
}

export function windowToTransform(window: TimeWindow, scope: TimeWindow, width: number): ZoomTransform {
  const pxPerMs = width / (scope[1] - scope[0]);
  const k = (scope[1] - scope[0]) / (window[1] - window[0]);
  return { k, x: -(window[0] - scope[0]) * pxPerMs * k };
}

export function transformToWindow({ k, x }: ZoomTransform, scope: TimeWindow, width: number): [number, number] {
  const msPerPx = (scope[1] - scope[0]) / width;
  const timeAt = (px: number) => scope[0] + ((px - x) / k) * msPerPx;
  return [timeAt(0), timeAt(width)];
}
