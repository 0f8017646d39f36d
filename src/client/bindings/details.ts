import { lang, words } from '../render/edition';
import type { TimelineController } from '../../lib/timeline/controller';
import { accessibleLabel, type TimelineItem } from '../../lib/timeline/timeline-item';
import type { TimelineHost } from './host';
import { DETAILS_GLOBAL } from '../../lib/timeline/data-globals';
import { createEntry } from '../render/chronology';
import { markOf } from '../render/items';
import { announce } from './announce';
import { placeDetailsPanel, revealDetails } from './details-position';
import { afterTitles } from './titles';

/**
 * Fills `body` with the entry's content, its heading an h2 (under the page's
 * h1): cloned from the chronology list when the page lists it, else written
 * from the timeline's own data (its summary and citations then load below).
 */
function fillWithEntry(element: TimelineHost, body: HTMLElement, item: TimelineItem, entryHref: string): void {
  const entry = element.ownerDocument.getElementById(item.id);
  const owned = entry && element.list?.contains(entry) && entry.hasAttribute('data-entry');
  if (!owned) {
    body.replaceChildren(...createEntry(element.ownerDocument, item, entryHref, 'h2').children);
    return;
  }
  body.replaceChildren(...[...entry.children].map((child) => child.cloneNode(true)));
  const heading = body.querySelector('.entry-heading');
  if (heading && heading.tagName !== 'H2') {
    const h2 = element.ownerDocument.createElement('h2');
    h2.className = heading.className;
    h2.append(...heading.childNodes);
    heading.replaceWith(h2);
  }
}

/** What /data/details/<year>.js scripts leave: each year's entries' summary and citations, as HTML by id. */
type DetailsChunks = Record<string, Record<string, string> | undefined>;

function loadedDetails(view: Window, year: number, id: string): string | undefined {
  return (view as unknown as Record<string, DetailsChunks | undefined>)[DETAILS_GLOBAL]?.[String(year)]?.[id];
}

/**
 * A compact entry (home, embed) holds no summary or citations: they come from
 * the year's details script, loaded once when first needed. A classic script
 * loads also in a sandboxed iframe, where a fetch would need CORS.
 */
function completeWithDetails(
  element: TimelineHost,
  body: HTMLElement,
  id: string,
  year: number,
  stillShown: () => boolean,
  completed: () => void,
) {
  if (body.querySelector('.summary')) return;
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (!view) return;
  const append = () => {
    const html = loadedDetails(view, year, id);
    if (html === undefined || !stillShown() || body.querySelector('.summary')) return;
    const template = document.createElement('template');
    template.innerHTML = html;
    body.querySelector('.tl-details-link')?.before(template.content);
    completed();
  };
  if (loadedDetails(view, year, id) !== undefined) {
    append();
    return;
  }
  const src = `${element.dataset['base'] ?? '/'}data/details/${String(year)}.js`;
  let script = document.querySelector<HTMLScriptElement>(`script[data-details="${String(year)}"]`);
  if (!script) {
    script = document.createElement('script');
    script.src = src;
    script.dataset['details'] = String(year);
    document.head.append(script);
  }
  script.addEventListener('load', append, { once: true });
}

/** The details panel shows the selected entry and announces it; close and Escape deselect. */
export function connectDetails(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const details = element.shellPart('details');
  const body = element.shellPart('details-body');
  const entryHref = element.dataset['entryHref'] ?? `${element.dataset['base'] ?? '/'}events/{id}/`;
  let shown: string | null = null;
  controller.subscribe((change) => {
    const id = controller.state.selected;
    if (!change.selection || id === shown) return;
    const previous = shown;
    shown = id;
    const item = controller.items.find((candidate) => candidate.id === id);
    if (!item) {
      details.hidden = true;
      body.replaceChildren();
      // Closing by the reader's hand gives focus back to the entry's mark.
      if (previous && change.origin === 'reader')
        markOf(element.shellPart('items'), previous)?.focus({ preventScroll: true });
      return;
    }
    const open = () => shown === item.id && !signal.aborted;
    // An entry opened from the URL may be one whose title has not come yet (bindings/titles.ts).
    afterTitles(element, controller, [item], () => {
      if (!open()) return;
      const link = element.ownerDocument.createElement('a');
      link.href = entryHref.replace('{id}', item.id);
      link.textContent = words.timeline.openEntry;
      link.className = 'tl-details-link';
      fillWithEntry(element, body, item, entryHref);
      body.append(link);
      details.hidden = false;
      placeDetailsPanel(element, details, item.id);
      revealDetails(element, details, item.id);
      // The summary and citations may come later and make the panel taller: it is shown again whole.
      completeWithDetails(element, body, item.id, new Date(item.from).getUTCFullYear(), open, () => {
        revealDetails(element, details, item.id);
      });
      announce(element, words.timeline.opened(accessibleLabel(item, lang)));
    });
  }, signal);
  // The panel follows its mark as the view moves.
  controller.subscribe((change) => {
    if (shown !== null && !change.selection && (change.window || change.filters || change.layout))
      placeDetailsPanel(element, details, shown);
  }, signal);
  element.shellPart('close').addEventListener(
    'click',
    () => {
      controller.select(null);
    },
    { signal },
  );
  details.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') controller.select(null);
    },
    { signal },
  );
}
