import { setStyle } from './lanes';

/** The colours and type the canvas draws with, read from the stylesheet (bindings/colour-scheme.ts). */
export interface CanvasStyle {
  /** Each lane's colour, by kind. */
  lanes: ReadonlyMap<string, string>;
  muted: string;
  text: string;
  surface: string;
  /** The marks' label font, as a canvas `font`. */
  font: string;
  /** The same font at the weight of an opened entry's label. */
  boldFont: string;
}

export interface CanvasSize {
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

/**
 * Readies `canvas` for a new drawing at `size`, in CSS pixels, and returns its
 * context; with no size (nothing to draw) it is emptied and there is none.
 */
export function fitCanvas(canvas: HTMLCanvasElement, size: CanvasSize | null): CanvasRenderingContext2D | null {
  if (!size) {
    if (canvas.width !== 0) canvas.width = 0;
    return null;
  }
  const { width, height, ratio } = size;
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
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
