import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';
import { markAt } from '../render/items';

const markId = (target: EventTarget | null) => markAt(target)?.dataset['id'] ?? null;

/** A click or tap on a mark opens its entry (or closes it when open); a focused mark becomes the tab stop. */
export function connectMarks(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
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
