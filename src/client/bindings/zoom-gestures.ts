import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { TimelineController } from '../../lib/timeline/controller';
import { MIN_WINDOW_MS } from '../../lib/timeline/time-scale';
import { transformToWindow, windowToTransform } from '../../lib/timeline/window-math';
import type { TimelineHost } from './host';

/**
 * Wheel, drag and pinch (d3-zoom) change the controller's window; any other
 * change of window (keys, buttons, URL) moves d3-zoom's transform to match, so
 * that the next gesture starts from what is shown.
 */
export function connectZoomGestures(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const viewport = select(element.shellPart('viewport'));
  const { scope } = controller;
  let syncing = false;
  let gesturing = false;
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent([1, (scope[1] - scope[0]) / MIN_WINDOW_MS])
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (syncing) return;
      gesturing = true;
      controller.setWindow(transformToWindow(event.transform, scope, controller.state.width));
      gesturing = false;
    });
  const sync = () => {
    const { width, window } = controller.state;
    if (width === 0) return;
    const { k, x } = windowToTransform(window, scope, width);
    // A fixed extent: d3-zoom would otherwise read the element's size, forcing a layout on every step.
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, 0],
    ];
    behaviour.extent(extent).translateExtent(extent);
    syncing = true;
    behaviour.transform(viewport, zoomIdentity.translate(x, 0).scale(k));
    syncing = false;
  };
  viewport.call(behaviour);
  controller.subscribe((change) => {
    if ((change.window || change.layout) && !gesturing) sync();
  }, signal);
  signal.addEventListener('abort', () => viewport.on('.zoom', null), { once: true });
  sync();
}
