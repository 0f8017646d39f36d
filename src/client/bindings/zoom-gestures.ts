import type { TimelineController } from '../../lib/timeline/controller';
import { gestureWindow, wheelZoomFactor, type TimeWindow } from '../../lib/timeline/window-math';
import type { TimelineHost } from './host';

/** A pointer moved less than this, px, is a click or tap, not a drag. */
const DRAG_THRESHOLD = 4;

/**
 * Wheel, drag and pinch change the controller's window. The stylesheet leaves
 * vertical swipes to the browser (`touch-action: pan-y`), so a phone scrolls
 * the page over the timeline; horizontal swipes and drags pan it, two fingers
 * pinch it and a double click zooms in where it was made. A drag does not
 * also open the mark it ended on.
 */
export function connectZoomGestures(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const viewport = element.shellPart('viewport');
  const { scope } = controller;
  const listen = <K extends keyof HTMLElementEventMap>(
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => {
    viewport.addEventListener(type, handler, { ...options, signal });
  };

  /** The x of an event, px from the drawing's left edge. */
  const xOf = (event: MouseEvent) => event.clientX - viewport.getBoundingClientRect().left;

  listen(
    'wheel',
    (event) => {
      // Sideways (a trackpad's two-finger swipe) pans; up and down zoom around the pointer.
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        controller.panBy(event.deltaX / Math.max(1, controller.state.width));
      } else {
        controller.zoomBy(wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey), controller.timeAt(xOf(event)));
      }
      event.preventDefault();
    },
    { passive: false },
  );

  listen('dblclick', (event) => {
    controller.zoomBy(event.shiftKey ? 0.5 : 2, controller.timeAt(xOf(event)));
  });

  // The pointers down on the drawing, where each went down and where it is now.
  const down = new Map<number, { from: number; at: number }>();
  let start: TimeWindow = controller.state.window;
  let dragged = false;
  const restart = () => {
    // Each change in the number of fingers starts the gesture afresh from what is shown.
    start = controller.state.window;
    for (const pointer of down.values()) pointer.from = pointer.at;
  };
  const follow = () => {
    const pointers = [...down.values()].slice(0, 2);
    const next = gestureWindow(
      start,
      pointers.map((p) => p.from),
      pointers.map((p) => p.at),
      Math.max(1, controller.state.width),
      scope,
    );
    controller.setWindow(next);
  };

  listen('pointerdown', (event) => {
    if (event.button !== 0) return;
    down.set(event.pointerId, { from: xOf(event), at: xOf(event) });
    if (down.size === 1) dragged = false;
    restart();
  });
  listen('pointermove', (event) => {
    const pointer = down.get(event.pointerId);
    if (!pointer) return;
    pointer.at = xOf(event);
    if (!dragged && Math.abs(pointer.at - pointer.from) < DRAG_THRESHOLD && down.size === 1) return;
    if (!dragged) {
      dragged = true;
      viewport.setPointerCapture(event.pointerId);
      viewport.classList.add('tl-dragging');
    }
    follow();
  });
  const lift = (event: PointerEvent) => {
    if (!down.delete(event.pointerId)) return;
    restart();
    if (down.size === 0) viewport.classList.remove('tl-dragging');
  };
  listen('pointerup', lift);
  listen('pointercancel', lift);
  // A drag that ends over a mark is not a click on it.
  listen(
    'click',
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.stopPropagation();
      event.preventDefault();
    },
    { capture: true },
  );
}
