import { lang } from './edition';
import type { PlacedItem } from '../../lib/timeline/layout';
import { accessibleLabel, type TimelineItem } from '../../lib/timeline/timeline-item';
import { setAttribute, setStyle } from './lanes';

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

/** The entry and title each button was named for: a title that arrives later (bindings/titles.ts) renames it. */
const named = new WeakMap<HTMLButtonElement, { item: TimelineItem; title: string }>();

/**
 * Makes `button` the one of `item`: its id, classes and accessible name (date,
 * title, type, lane). It has no text: the canvas draws the label (./marks.ts).
 */
function nameButton(button: HTMLButtonElement, item: TimelineItem): void {
  const was = named.get(button);
  if (was?.item !== item) {
    button.className = `tl-item tl-kind-${item.kind}${item.point ? ' tl-point' : ''}`;
    button.dataset['id'] = item.id;
  }
  if (was?.item !== item || was.title !== item.title) button.setAttribute('aria-label', accessibleLabel(item, lang));
  named.set(button, { item, title: item.title });
}

function createButton(document: Document): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  return button;
}

/** The attribute itself, not the property: a button's tabIndex reads 0 even with no attribute. */
function setTabIndex(button: HTMLButtonElement, isTabStop: boolean): void {
  setAttribute(button, 'tabindex', isTabStop ? '0' : '-1');
}

/**
 * Lays one button per placed item into `container`, over its mark and label in
 * the boxes the layout gave (the canvas draws them: ./marks.ts), for focus,
 * clicks and screen readers. The buttons of items still in view are kept, and
 * those of items gone are given to items come, so that a pan creates few. A
 * focused button leaving the view is kept, so that keyboard focus never falls
 * out of the timeline.
 */
export function renderItems(container: HTMLElement, placed: readonly PlacedItem[], state: MarkState): void {
  const document = container.ownerDocument;
  const buttons = new Map<string, HTMLButtonElement>();
  for (const child of container.children) {
    const id = (child as HTMLElement).dataset['id'];
    if (id !== undefined) buttons.set(id, child as HTMLButtonElement);
  }
  const keep = new Set(placed.map((p) => p.item.id));
  const spare: HTMLButtonElement[] = [];
  for (const [id, button] of buttons) {
    // A button with focus stays while its entry keeps the focus: focus never falls out of the timeline.
    if (!keep.has(id) && (button !== document.activeElement || id !== state.focused)) {
      spare.push(button);
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
    const button = buttons.get(item.id) ?? spare.pop() ?? createButton(document);
    nameButton(button, item);
    ordered.push(button);
    setStyle(button, 'transform', `translate(${box.left}px, ${box.top}px)`);
    setStyle(button, 'width', `${box.width}px`);
    // Where the mark lies in the box, for the details panel's arrow (bindings/details-position.ts).
    setStyle(button, '--mark-offset', `${box.markOffset}px`);
    if (button.classList.contains('tl-unlabelled') === labelled) button.classList.toggle('tl-unlabelled', !labelled);
    setTabIndex(button, item.id === tabStop);
    setAttribute(button, 'aria-pressed', String(item.id === state.selected));
  }
  for (const button of spare) button.remove();
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
