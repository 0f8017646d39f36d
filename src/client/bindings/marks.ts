import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';
import { markAt } from '../render/items';
import { clusterAt } from '../render/clusters';
import { GEOMETRY } from '../../lib/timeline/geometry';
import { windowAround } from '../../lib/timeline/window-math';

/** A click on a density bar zooms in this many times around it. */
const BIN_ZOOM = 4;

const markId = (target: EventTarget | null) => markAt(target)?.dataset['id'] ?? null;

/**
 * A click or tap on a mark opens its entry (or closes it when open); a focused
 * mark becomes the tab stop; a click on a cluster or a density bar zooms in
 * on the entries it counts.
 */
export function connectMarks(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const items = element.shellPart('items');
  element.shellPart('viewport').addEventListener(
    'click',
    (event) => {
      const cluster = clusterAt(event.target);
      if (cluster) {
        const { from, to } = cluster.dataset;
        controller.setWindow(windowAround(Number(from), Number(to), controller.scope));
        return;
      }
      // A density bar is a counted group too: a click on it zooms in where it is.
      if (markAt(event.target)) return;
      const box = items.getBoundingClientRect();
      const [x, y] = [event.clientX - box.left, event.clientY - box.top];
      const bin = controller
        .frame()
        .layout.bins.find((b) => x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + GEOMETRY.rowHeight);
      if (!bin) return;
      controller.zoomBy(BIN_ZOOM, controller.timeAt(x));
    },
    { signal },
  );
  const layer = element.shellPart('items');
  layer.addEventListener(
    'click',
    (event) => {
      const id = markId(event.target);
      if (id === null) return;
      controller.focus(id, false);
      controller.toggle(id);
    },
    { signal },
  );
  layer.addEventListener(
    'focusin',
    (event) => {
      const id = markId(event.target);
      if (id !== null) controller.focus(id, false);
    },
    { signal },
  );
}
