import type { TimelineController } from '../../lib/timeline/controller';
import { parseViewState, serializeViewState } from '../../lib/timeline/view-state';
import { carryViewToEditionLinks } from './edition-links';
import type { TimelineHost } from './host';

/** Rewriting the URL costs the browser far more than drawing a frame: the window is written once the view rests. */
const URL_SETTLE_MS = 150;

/**
 * The view lives in the URL: filters, rows and selections add history entries, the
 * window replaces the current one, and back/forward (and the first load) apply
 * what the URL says. The links to the other editions follow it.
 */
export function connectUrl(_element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    clearTimeout(timer);
    const url = `${location.pathname}${serializeViewState(controller.toViewState())}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch {
      // A sandboxed embed (opaque origin) may not change its URL; the view still works.
    }
    carryViewToEditionLinks(document);
  };
  controller.subscribe((change) => {
    if (change.origin === 'history') return;
    if (change.filters || change.selection || change.group) write(true);
    else if (change.window) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        write(false);
      }, URL_SETTLE_MS);
    }
  }, signal);
  const apply = () => {
    controller.apply(parseViewState(location.search));
    carryViewToEditionLinks(document);
  };
  window.addEventListener('popstate', apply, { signal });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
    },
    { once: true },
  );
  apply();
}
