import { formatCount, words } from './edition';
import type { MarkCluster } from '../../lib/timeline/layout';
import { setStyle } from './lanes';

/** The cluster an event's target is, or is inside. */
export function clusterAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.tl-cluster') : null;
}

/**
 * Draws each counted cluster as a button in its box, reusing the buttons of
 * the last frame. Clusters are out of the tab order: the arrow keys already
 * reach every entry in them, one by one.
 */
export function renderClusters(container: HTMLElement, clusters: readonly MarkCluster[]): void {
  clusters.forEach((cluster, index) => {
    let button = container.children[index] as HTMLButtonElement | undefined;
    if (!button) {
      button = container.ownerDocument.createElement('button');
      button.type = 'button';
      button.className = 'tl-cluster';
      button.tabIndex = -1;
      container.append(button);
    }
    setStyle(button, 'transform', `translate(${cluster.x}px, ${cluster.y}px)`);
    setStyle(button, 'width', `${cluster.width}px`);
    const [from, to] = [String(cluster.from), String(cluster.to)];
    if (button.dataset['from'] !== from) button.dataset['from'] = from;
    if (button.dataset['to'] !== to) button.dataset['to'] = to;
    const count = formatCount(cluster.count);
    if (button.textContent !== count) {
      button.textContent = count;
      button.setAttribute('aria-label', words.timeline.cluster(count));
    }
  });
  while (container.children.length > clusters.length) container.lastElementChild?.remove();
}
