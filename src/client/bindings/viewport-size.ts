import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';

/** The drawing is as wide as the viewport, followed as it resizes. */
export function connectViewportSize(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const viewport = element.shellPart('viewport');
  const observer = new ResizeObserver(() => {
    const width = viewport.clientWidth;
    if (width !== 0) controller.setWidth(width);
  });
  observer.observe(viewport);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
    },
    { once: true },
  );
}
