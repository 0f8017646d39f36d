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
  /** The font of numbers: a cluster's count, a series' numbers. */
  countFont: string;
}

/** A lane's colour, or the muted one of rows that mix kinds. */
export function laneColour(style: CanvasStyle, lane: string): string {
  return style.lanes.get(lane) ?? style.muted;
}

/** Until the stylesheet is read (bindings/colour-scheme.ts), before the first frame. */
export const UNSTYLED_CANVAS: CanvasStyle = {
  lanes: new Map(),
  muted: '',
  text: '',
  surface: '',
  font: '',
  boldFont: '',
  countFont: '',
};

export interface CanvasSize {
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

/** The canvas grows and shrinks by this much height: a new size reallocates its bitmap, which costs a frame. */
const HEIGHT_STEP = 128;

/**
 * Readies `canvas` for a new drawing at `size`, in CSS pixels, cleared, and
 * returns its context (null where there is none, as in jsdom). Its height is
 * kept in steps of HEIGHT_STEP: the part below the drawing stays empty, and
 * the view clips it.
 */
export function fitCanvas(canvas: HTMLCanvasElement, size: CanvasSize): CanvasRenderingContext2D | null {
  const { width, height, ratio } = size;
  const context = canvas.getContext('2d');
  const stepped = Math.max(HEIGHT_STEP, Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP);
  const current = canvas.height / ratio;
  const keptHeight = current >= height && current <= stepped + HEIGHT_STEP ? current : stepped;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(keptHeight * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    setStyle(canvas, 'width', `${width}px`);
    setStyle(canvas, 'height', `${keptHeight}px`);
  } else {
    context?.clearRect(0, 0, pixelWidth, pixelHeight);
  }
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
