import { placeDetails, scrollToReveal } from '../../lib/timeline/details-placement';
import { markOf } from '../render/items';
import type { TimelineHost } from './host';

/** Space kept between the revealed panel and the window's edges, px. */
const REVEAL_MARGIN = 16;

/** The entry's drawn mark, if it is drawn in view. */
function drawnMark(element: TimelineHost, id: string): HTMLElement | null {
  const mark = markOf(element.shellPart('items'), id);
  if (!mark) return null;
  const viewport = element.shellPart('viewport').getBoundingClientRect();
  const box = mark.getBoundingClientRect();
  return box.right < viewport.left || box.left > viewport.right ? null : mark;
}

/** The centre of the mark (not its label), px from the left of the viewport. */
function markCentre(mark: HTMLElement): number {
  const style = getComputedStyle(mark);
  const offset = Number.parseFloat(style.getPropertyValue('--mark-offset')) || 0;
  const width = Number.parseFloat(style.getPropertyValue('--mark-width')) || 0;
  return mark.getBoundingClientRect().left + offset + width / 2;
}

/** Moves the open details panel under its entry's mark, its arrow pointing up at it. */
export function placeDetailsPanel(element: TimelineHost, details: HTMLElement, id: string): void {
  const frame = details.parentElement;
  if (!frame) return;
  const mark = drawnMark(element, id);
  const centre = mark ? markCentre(mark) - frame.getBoundingClientRect().left : null;
  const { left, arrow } = placeDetails(centre, frame.clientWidth, details.offsetWidth);
  details.style.setProperty('--tl-details-left', `${String(left)}px`);
  details.style.setProperty('--tl-details-arrow', arrow === null ? 'none' : `${String(arrow)}px`);
  details.classList.toggle('tl-details-pointing', arrow !== null);
}

/**
 * Scrolls the page just enough to show the panel (its top first, if it is
 * taller than the window), keeping the entry's mark in the window.
 */
export function revealDetails(element: TimelineHost, details: HTMLElement, id: string): void {
  const view = details.ownerDocument.defaultView;
  if (!view) return;
  const { top, bottom } = details.getBoundingClientRect();
  const markTop = drawnMark(element, id)?.getBoundingClientRect().top ?? top;
  const by = scrollToReveal(top, bottom, view.innerHeight, REVEAL_MARGIN, markTop);
  if (by === 0) return;
  const smooth = !view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  view.scrollBy({ top: by, behavior: smooth ? 'smooth' : 'instant' });
}
