import type { DensityBar } from '../../lib/timeline/layout';
import type { SeriesRun } from '../../lib/timeline/layout-runs';
import { laneColour, type CanvasStyle } from './canvas';

/**
 * Draws under the marks what needs no element of its own: the layout's
 * density bars in their lanes' colours (marks too dense to draw one by one),
 * and each series' run, a line joining its marks with their numbers beside.
 */
export function drawDensity(
  context: CanvasRenderingContext2D,
  bars: readonly DensityBar[],
  runs: readonly SeriesRun[],
  style: CanvasStyle,
): void {
  for (const bar of bars) {
    context.fillStyle = laneColour(style, bar.lane);
    context.globalAlpha = bar.opacity;
    context.fillRect(bar.x, bar.y, bar.width, bar.height);
  }
  context.globalAlpha = 1;
  drawRuns(context, runs, style);
}

function drawRuns(context: CanvasRenderingContext2D, runs: readonly SeriesRun[], style: CanvasStyle): void {
  context.strokeStyle = style.muted;
  context.fillStyle = style.muted;
  context.lineWidth = 1.5;
  // Numbers in the counts' type: the marks' font, at the counts' size.
  context.font = style.countFont;
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
