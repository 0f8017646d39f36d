import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';
import { words } from '../render/edition';
import { markOf } from '../render/items';
import { announce } from './announce';

type Action = (controller: TimelineController) => void;

const MOVES: Record<string, Action> = {
  ArrowRight: (c) => {
    c.focusNext();
  },
  ArrowDown: (c) => {
    c.focusNext();
  },
  ArrowLeft: (c) => {
    c.focusPrevious();
  },
  ArrowUp: (c) => {
    c.focusPrevious();
  },
  Home: (c) => {
    c.focusFirst();
  },
  End: (c) => {
    c.focusLast();
  },
};

const VIEW_KEYS: Record<string, Action> = {
  '+': (c) => {
    c.zoomIn();
  },
  '=': (c) => {
    c.zoomIn();
  },
  '-': (c) => {
    c.zoomOut();
  },
  _: (c) => {
    c.zoomOut();
  },
  '0': (c) => {
    c.reset();
  },
  PageUp: (c) => {
    c.panBy(-0.5);
  },
  PageDown: (c) => {
    c.panBy(0.5);
  },
};

/**
 * One tab stop into the timeline: arrow keys, Home and End move through the
 * entries in date order (the view pans to follow), + − 0 and Page Up/Down
 * change the view, Escape closes the open entry.
 */
export function connectKeyboard(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const viewport = element.shellPart('viewport');
  const onKey = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    const view = VIEW_KEYS[event.key];
    if (move) {
      event.preventDefault();
      move(controller);
      const id = controller.state.focused;
      if (id !== null) markOf(element.shellPart('items'), id)?.focus({ preventScroll: true });
    } else if (view && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      view(controller);
    } else if (event.key === 'Escape' && controller.state.selected) {
      event.preventDefault();
      controller.select(null);
    }
  };
  viewport.addEventListener('keydown', onKey, { signal });
  // The filters hid the focused mark (back or forward to other filters): focus goes to the nearest entry, and says so.
  controller.subscribe((change) => {
    const moved = change.focusMoved;
    const active = element.ownerDocument.activeElement;
    if (!moved || (active && active !== element.ownerDocument.body)) return;
    const title = (id: string) => controller.items.find((item) => item.id === id)?.title ?? id;
    if (moved.to !== null) markOf(element.shellPart('items'), moved.to)?.focus({ preventScroll: true });
    announce(element, words.timeline.focusMoved(title(moved.from), moved.to === null ? null : title(moved.to)));
  }, signal);
}
