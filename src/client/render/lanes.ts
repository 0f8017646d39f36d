import type { PlacedLane } from '../../lib/timeline/layout';

/** Draws each lane's band and name into `container`, at the positions the layout gave. */
export function renderLanes(
  container: HTMLElement,
  lanes: readonly PlacedLane[],
  name: (lane: PlacedLane) => string,
): void {
  lanes.forEach((lane, index) => {
    let band = container.children[index] as HTMLElement | undefined;
    if (!band) {
      band = container.ownerDocument.createElement('div');
      container.append(band);
    }
    if (band.className !== 'tl-lane') band.className = 'tl-lane';
    if (band.dataset['row'] !== lane.key) band.dataset['row'] = lane.key;
    setStyle(band, 'top', `${lane.y}px`);
    setStyle(band, 'height', `${lane.height}px`);
    const text = name(lane);
    if (band.textContent !== text) band.textContent = text;
  });
  while (container.children.length > lanes.length) container.lastElementChild?.remove();
}

/** Writes a style only when it changed: style work stays in proportion to what moved. */
export function setStyle(element: HTMLElement, property: string, value: string): void {
  if (element.style.getPropertyValue(property) !== value) element.style.setProperty(property, value);
}

/** Writes an attribute only when it changed, as setStyle a style. */
export function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
