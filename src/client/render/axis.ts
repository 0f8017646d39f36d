import { GEOMETRY } from '../../lib/timeline/geometry';
import type { AxisTick } from '../../lib/timeline/time-scale';

const SVG = 'http://www.w3.org/2000/svg';

function child(parent: Element, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = parent.ownerDocument.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  parent.append(element);
  return element;
}

/** Draws the axis into `svg`: its baseline and a tick with its label at each position the layout gave. */
export function renderAxis(svg: SVGSVGElement, ticks: readonly AxisTick[], width: number): void {
  const { axisHeight, tickSize, tickPadding } = GEOMETRY;
  svg.setAttribute('height', String(axisHeight));
  let group = svg.firstElementChild;
  if (!group) group = child(svg, 'g', { transform: `translate(0,${axisHeight - 1})` });
  group.replaceChildren();
  child(group, 'path', { class: 'domain', d: `M0,${-tickSize}V0H${width}V${-tickSize}` });
  for (const { x, label } of ticks) {
    const tick = child(group, 'g', { class: 'tick', transform: `translate(${x},0)` });
    child(tick, 'line', { y2: -tickSize });
    child(tick, 'text', { y: -(tickSize + tickPadding) }).textContent = label;
  }
}
