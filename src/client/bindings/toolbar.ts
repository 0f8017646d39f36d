import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';

const ACTIONS: Record<string, (controller: TimelineController) => void> = {
  'zoom-in': (c) => {
    c.zoomIn();
  },
  'zoom-out': (c) => {
    c.zoomOut();
  },
  earlier: (c) => {
    c.panBy(-0.5);
  },
  later: (c) => {
    c.panBy(0.5);
  },
  reset: (c) => {
    c.reset();
  },
};

/** The toolbar's zoom, pan and reset buttons. */
export function connectToolbar(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  for (const button of element.querySelectorAll<HTMLElement>('[data-action]')) {
    const action = ACTIONS[button.dataset['action'] ?? ''];
    if (action)
      button.addEventListener(
        'click',
        () => {
          action(controller);
        },
        { signal },
      );
  }
}
