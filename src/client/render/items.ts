import { lang, words } from './edition';
import type { PlacedItem } from '../../lib/timeline/layout';
import { accessibleLabel, type TimelineItem } from '../../lib/timeline/timeline-item';
import { setStyle } from './lanes';

export interface MarkState {
  /** The entry with keyboard focus, the one tab stop (else the first drawn). */
  focused: string | null;
  /** The entry whose details are open: its mark is pressed. */
  selected: string | null;
}

/** The drawn mark of an entry, if it is drawn. */
export function markOf(container: HTMLElement, id: string): HTMLButtonElement | undefined {
  for (const button of container.children) {
    if (button instanceof HTMLElement && button.dataset['id'] === id) return button as HTMLButtonElement;
  }
  return undefined;
}

/** The mark an event's target is, or is inside. */
export function markAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.tl-item') : null;
}

/** The title each mark shows: a title that arrives later (bindings/titles.ts) is written in. */
const drawnTitles = new WeakMap<HTMLButtonElement, string>();

function writeLabel(button: HTMLButtonElement, item: TimelineItem): void {
  // The label the canvas draws is also the button's text, unseen: it places the hover underline
  // and the ellipsis's room, and find-in-page finds it. The accessible name says more (date, type, lane).
  button.setAttribute('aria-label', accessibleLabel(item, lang));
  button.textContent = (item.inferred ? words.timeline.inferredMark : '') + item.title;
  drawnTitles.set(button, item.title);
}

function createMark(document: Document, item: TimelineItem): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `tl-item tl-kind-${item.kind}${item.point ? ' tl-point' : ''}`;
  button.dataset['id'] = item.id;
  writeLabel(button, item);
  return button;
}

/** The attribute itself, not the property: a button's tabIndex reads 0 even with no attribute. */
function setTabIndex(button: HTMLButtonElement, isTabStop: boolean): void {
  const value = isTabStop ? '0' : '-1';
  if (button.getAttribute('tabindex') !== value) button.setAttribute('tabindex', value);
}

function setVariable(element: HTMLElement, name: string, value: string): void {
  if (element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
}

/**
 * Lays one button per placed item into `container`, over its mark and label in
 * the boxes the layout gave (the marks canvas draws them: ./marks.ts), for
 * focus, clicks and screen readers; the buttons of items still in view are reused. A focused button leaving
 * the view is kept, so that keyboard focus never falls out of the timeline.
 */
export function renderItems(container: HTMLElement, placed: readonly PlacedItem[], state: MarkState): void {
  const document = container.ownerDocument;
  const buttons = new Map<string, HTMLButtonElement>();
  for (const child of [...container.children]) {
    const id = (child as HTMLElement).dataset['id'];
    if (id !== undefined) buttons.set(id, child as HTMLButtonElement);
  }
  const keep = new Set(placed.map((p) => p.item.id));
  for (const [id, button] of buttons) {
    // A button with focus stays while its entry keeps the focus: focus never falls out of the timeline.
    if (!keep.has(id) && (button !== document.activeElement || id !== state.focused)) {
      button.remove();
      buttons.delete(id);
    }
  }
  // The focused entry stays the one tab stop, also while its button is kept out of view.
  const tabStop =
    state.focused !== null && (keep.has(state.focused) || buttons.has(state.focused))
      ? state.focused
      : placed[0]?.item.id;
  const ordered: HTMLButtonElement[] = [];
  for (const { item, labelled, box } of placed) {
    let button = buttons.get(item.id);
    if (!button) {
      button = createMark(document, item);
      buttons.set(item.id, button);
      container.append(button);
    }
    ordered.push(button);
    if (drawnTitles.get(button) !== item.title) writeLabel(button, item);
    setStyle(button, 'transform', `translate(${box.left}px, ${box.top}px)`);
    setStyle(button, 'width', `${box.width}px`);
    // Where the mark lies in the box, for the details panel's arrow (bindings/details-position.ts).
    setVariable(button, '--mark-offset', `${box.markOffset}px`);
    setVariable(button, '--label-offset', `${box.labelOffset}px`);
    if (button.classList.contains('tl-unlabelled') === labelled) button.classList.toggle('tl-unlabelled', !labelled);
    setTabIndex(button, item.id === tabStop);
    const pressed = String(item.id === state.selected);
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  }
  for (const [id, button] of buttons) if (!keep.has(id)) setTabIndex(button, id === tabStop);
  // Buttons keep date order in the DOM so that reading order matches focus order.
  if (ordered.some((button, i) => container.children[i] !== button)) {
    // Moving an element in the DOM takes focus from it: the focused mark gets it back.
    const active = document.activeElement;
    container.append(...ordered);
    // Only the focused entry's own mark: a key that moves focus on focuses the next mark itself.
    const restore = active instanceof HTMLElement && active.dataset['id'] === state.focused;
    if (restore && active !== document.activeElement && container.contains(active)) {
      active.focus({ preventScroll: true });
    }
  }
}
