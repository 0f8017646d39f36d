import { CHRONOLOGY_STEP, chronologyPage } from '../../lib/timeline/chronology-page';
import type { TimelineController } from '../../lib/timeline/controller';
import { renderChronology, type ChronologyContext } from '../render/chronology';
import type { TimelineHost } from './host';
import { afterTitles } from './titles';

/** Hides the server-rendered entries (and emptied years) that the filters leave out. */
function hideFilteredOut(list: HTMLElement, shown: ReadonlySet<string>): void {
  for (const entry of list.querySelectorAll<HTMLElement>('[data-entry]')) entry.hidden = !shown.has(entry.id);
  for (const year of list.querySelectorAll<HTMLElement>('[data-year]')) {
    year.hidden = !year.querySelector('[data-entry]:not([hidden])');
  }
}

/**
 * The chronology list follows the filters. A page that lists its entries in
 * full (a partner's page, the single-file copy) has them hidden and shown; the
 * home page and the embed leave the list to the script (`data-render="client"`),
 * which writes the entries that pass, CHRONOLOGY_STEP at a time.
 */
export function connectChronology(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const list = element.list;
  if (!list) return;
  if (list.dataset['render'] !== 'client') {
    controller.subscribe((change) => {
      if (change.filters) hideFilteredOut(list, new Set(controller.visible.map((item) => item.id)));
    }, signal);
    return;
  }
  const context: ChronologyContext = {
    entryHref: element.dataset['entryHref'] ?? `${element.dataset['base'] ?? '/'}events/{id}/`,
    yearHeading: list.dataset['yearHeading'] === 'h2' ? 'h2' : 'h3',
    step: CHRONOLOGY_STEP,
  };
  let limit = CHRONOLOGY_STEP;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let drawing = 0;
  /** Writes the list once its entries' titles are in; only the latest of several draws waiting is written. */
  const draw = (then?: () => void) => {
    clearTimeout(pending);
    const page = chronologyPage(controller.visible, limit);
    const ticket = (drawing += 1);
    afterTitles(
      element,
      controller,
      page.years.flatMap((year) => year.items),
      () => {
        if (ticket !== drawing || signal.aborted) return;
        renderChronology(list, page, context);
        then?.();
      },
    );
  };
  // Written in a task of its own, after the drawing: the list below must not hold up the timeline's first frame.
  controller.subscribe((change) => {
    if (!change.filters) return;
    limit = CHRONOLOGY_STEP;
    clearTimeout(pending);
    pending = setTimeout(() => {
      draw();
    });
  }, signal);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(pending);
    },
    { once: true },
  );
  list.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('[data-action="more-entries"]')) return;
      const firstNew = controller.visible[limit]?.id;
      limit += CHRONOLOGY_STEP;
      draw(() => {
        // The button is gone: focus moves to the first entry it added.
        const added = firstNew === undefined ? null : list.ownerDocument.getElementById(firstNew);
        if (added && list.contains(added)) added.querySelector('a')?.focus();
      });
    },
    { signal },
  );
}
