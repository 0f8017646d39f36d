import type { TimelineController } from '../../lib/timeline/controller';
import { LANES } from '../../lib/timeline/layout';
import type { TimelineHost } from './host';

/**
 * The lane colours the stylesheet sets (`--lane-event`…), read for the density
 * canvas, and under "" the muted colour of rows that mix kinds (by partner…).
 */
function readPalette(element: TimelineHost): Map<string, string> {
  const style = getComputedStyle(element);
  const palette = new Map<string, string>(LANES.map((lane) => [lane, style.getPropertyValue(`--lane-${lane}`).trim()]));
  palette.set('', style.getPropertyValue('--muted').trim());
  return palette;
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
