import { formatCount, words } from './edition';
import type { MarkCluster } from '../../lib/timeline/layout';
import { GEOMETRY } from '../../lib/timeline/geometry';
import type { CanvasStyle } from './canvas';
import { setStyle } from './lanes';

/** The cluster an event's target is, or is inside. */
export function clusterAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.tl-cluster') : null;
}

/** Draws each counted cluster: a rounded box across its marks, its count in the middle. */
export function drawClusters(
  context: CanvasRenderingContext2D,
  clusters: readonly MarkCluster[],
  style: CanvasStyle,
): void {
  const height = GEOMETRY.compactHeight;
  context.lineWidth = 1;
  context.font = style.countFont;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const cluster of clusters) {
    // The edge inside the box, as a 1 px border is.
    context.beginPath();
    context.roundRect(cluster.x + 0.5, cluster.y + 0.5, cluster.width - 1, height - 1, height / 2);
    context.fillStyle = style.surface;
    context.fill();
    context.strokeStyle = style.muted;
    context.stroke();
    context.fillStyle = style.text;
    context.fillText(formatCount(cluster.count), cluster.x + cluster.width / 2, cluster.y + height / 2);
  }
  context.textAlign = 'start';
}

/**
 * Lays a button over each counted cluster, reusing the buttons of the last
 * frame: its count is its (unseen) text, and a click zooms in. Clusters are
 * out of the tab order: the arrow keys already reach every entry in them, one by one.
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
