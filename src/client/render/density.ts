import type { DensityBar } from '../../lib/timeline/layout';
import type { SeriesRun } from '../../lib/timeline/layout-runs';
import { setStyle } from './lanes';

export interface DensitySize {
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

/**
 * Draws under the marks what needs no element of its own: the layout's
 * density bars in their lanes' colours (marks too dense to draw one by one),
 * and each series' run, a line joining its marks with their numbers beside.
 */
export function renderDensity(
  canvas: HTMLCanvasElement,
  bars: readonly DensityBar[],
  runs: readonly SeriesRun[],
  { width, height, ratio }: DensitySize,
  colours: ReadonlyMap<string, string>,
): void {
  if (bars.length === 0 && runs.length === 0) {
    if (canvas.width !== 0) canvas.width = 0;
    return;
  }
  const context = canvas.getContext('2d');
  // Resizing a canvas reallocates it: only when its size really changes; otherwise clear it.
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    setStyle(canvas, 'width', `${width}px`);
    setStyle(canvas, 'height', `${height}px`);
  } else {
    context?.clearRect(0, 0, pixelWidth, pixelHeight);
  }
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  for (const bar of bars) {
    context.fillStyle = colours.get(bar.lane) || colours.get('') || '#888';
    context.globalAlpha = bar.opacity;
    context.fillRect(bar.x, bar.y, bar.width, bar.height);
  }
  context.globalAlpha = 1;
  drawRuns(context, runs, colours.get('') || '#888');
}

function drawRuns(context: CanvasRenderingContext2D, runs: readonly SeriesRun[], colour: string): void {
  context.strokeStyle = colour;
  context.fillStyle = colour;
  context.lineWidth = 1.5;
  context.font = "600 10px 'Be Vietnam Pro', sans-serif";
  context.textBaseline = 'middle';
  for (const { stops } of runs) {
    context.beginPath();
    stops.forEach(({ x, y }, index) => {
      if (index === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    });
    context.stroke();
    // The number sits right of the mark, on its line; the label is below the mark.
    for (const { x, y, number } of stops) if (number !== null) context.fillText(String(number), x + 9, y);
  }
}
