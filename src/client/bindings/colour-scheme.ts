import type { TimelineController } from '../../lib/timeline/controller';
import { LANES } from '../../lib/timeline/layout';
import type { TimelineHost } from './host';

/** The lane colours the stylesheet sets (`--lane-event`…), read for the density canvas. */
function readPalette(element: TimelineHost): Map<string, string> {
  const style = getComputedStyle(element);
  return new Map(LANES.map((lane) => [lane, style.getPropertyValue(`--lane-${lane}`).trim()]));
}

/** Keeps the density canvas's colours those of the light or dark scheme in use. */
export function connectColourScheme(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  element.palette = readPalette(element);
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener(
    'change',
    () => {
      element.palette = readPalette(element);
      controller.redraw();
    },
    { signal },
  );
}
