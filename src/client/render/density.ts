import type { DensityBar } from '../../lib/timeline/layout';
import { setStyle } from './lanes';

export interface DensitySize {
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

/** Draws the layout's density bars on `canvas` in their lanes' colours (marks too dense to draw one by one). */
export function renderDensity(
  canvas: HTMLCanvasElement,
  bars: readonly DensityBar[],
  { width, height, ratio }: DensitySize,
  colours: ReadonlyMap<string, string>,
): void {
  if (bars.length === 0) {
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
}
