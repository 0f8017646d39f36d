import type { TimelineController } from '../../lib/timeline/controller';
import { GEOMETRY } from '../../lib/timeline/geometry';
import { LANES } from '../../lib/timeline/layout';
import type { CanvasStyle } from '../render/canvas';
import type { TimelineHost } from './host';

/** The marks' label font as a canvas `font`, from the items layer's computed type, at another weight or size if asked. */
export function marksFont(type: CSSStyleDeclaration, weight?: string, size?: string): string {
  return `${weight ?? type.fontWeight} ${size ?? type.fontSize} ${type.fontFamily}`;
}

/**
 * What the canvases draw with, as the stylesheet sets it: the lane colours
 * (`--lane-event`…), the muted colour of rows that mix kinds (by partner…),
 * the text and surface colours, and the marks' label font.
 */
function readStyle(element: TimelineHost): CanvasStyle {
  const style = getComputedStyle(element);
  const colour = (name: string) => style.getPropertyValue(name).trim();
  const type = getComputedStyle(element.shellPart('items'));
  return {
    lanes: new Map(LANES.map((lane) => [lane, colour(`--lane-${lane}`)])),
    muted: colour('--muted'),
    text: colour('--text'),
    surface: colour('--surface'),
    font: marksFont(type),
    boldFont: marksFont(type, '600'),
    countFont: marksFont(type, '600', `${String(GEOMETRY.countSize)}px`),
  };
}

/** Keeps the canvases' colours those of the light or dark scheme in use. */
export function connectColourScheme(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  element.canvasStyle = readStyle(element);
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener(
    'change',
    () => {
      element.canvasStyle = readStyle(element);
      controller.redraw();
    },
    { signal },
  );
}
