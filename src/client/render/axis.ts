import { GEOMETRY } from '../../lib/timeline/geometry';
import type { AxisTick } from '../../lib/timeline/time-scale';
import { setAttribute } from './lanes';

const SVG = 'http://www.w3.org/2000/svg';

function child(parent: Element, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = parent.ownerDocument.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  parent.append(element);
  return element;
}

/**
 * Draws the axis into `svg`: its baseline and a tick with its label at each
 * position the layout gave. The elements of the last frame are reused, and
 * only what changed is written: a pan moves the ticks and renames few.
 */
export function renderAxis(svg: SVGSVGElement, ticks: readonly AxisTick[], width: number): void {
  const { axisHeight, tickSize, tickPadding } = GEOMETRY;
  setAttribute(svg, 'height', String(axisHeight));
  let group = svg.firstElementChild;
  if (!group) {
    group = child(svg, 'g', { transform: `translate(0,${axisHeight - 1})` });
    child(group, 'path', { class: 'domain' });
  }
  const [domain, ...drawn] = [...group.children] as SVGElement[];
  if (domain) setAttribute(domain, 'd', `M0,${-tickSize}V0H${width}V${-tickSize}`);
  ticks.forEach(({ x, label }, index) => {
    let tick = drawn[index];
    if (!tick) {
      tick = child(group, 'g', { class: 'tick' });
      child(tick, 'line', { y2: -tickSize });
      child(tick, 'text', { y: -(tickSize + tickPadding) });
    }
    setAttribute(tick, 'transform', `translate(${x},0)`);
    const text = tick.lastElementChild;
    if (text && text.textContent !== label) text.textContent = label;
  });
  for (const extra of drawn.slice(ticks.length)) extra.remove();
}
