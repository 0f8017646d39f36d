import { words } from './edition';
import { GEOMETRY } from '../../lib/timeline/geometry';
import { LANE_PRESENTATION } from '../../lib/timeline/lanes';
import type { PlacedItem } from '../../lib/timeline/layout';
import { laneColour, type CanvasStyle } from './canvas';

/** Hatching: stripes 3 px wide every 7 px, at 135°, as the legend's hatched mark (timeline-panels.css). */
const HATCH_STRIPE = 3;
const HATCH_PERIOD = 7;
/** A mark's edge and corners, px, as the legend's marks (timeline-marks.css). */
const BORDER = 2;
const RADIUS = 3;
/** The narrowest a mark is drawn, px: a span of hours still shows. */
const MIN_MARK_WIDTH = 6;
const { markSize, labelTop, labelSize, labelLine, labelEnd } = GEOMETRY;
/** A label's text is centred in its line. */
const LABEL_MIDDLE = labelTop + (labelSize * labelLine) / 2;

/**
 * How far past the view's edges a bar's stripes and edge are drawn, px: its ends there are never seen.
 * Drawn further, they would grow with its length far off the canvas (a year at a month's zoom is 14,000 px
 * wide) and painting them would cost tens of milliseconds. A plain fill costs little however long it is.
 */
const OVERDRAW = 2 * markSize;

function shapePath(context: CanvasRenderingContext2D, placed: PlacedItem): void {
  const { box, item } = placed;
  const x = box.left + box.markOffset;
  const { top: y } = box;
  const size = markSize;
  context.beginPath();
  const shape = LANE_PRESENTATION[item.kind].shape;
  if (item.point && shape === 'circle') {
    context.arc(x + size / 2, y + size / 2, size / 2, 0, 2 * Math.PI);
  } else if (item.point && shape === 'diamond') {
    // The square turned: its corners on the mark's middle lines, a pixel in from its edge.
    const [cx, cy, r] = [x + size / 2, y + size / 2, size / 2 - 1];
    context.moveTo(cx, cy - r);
    context.lineTo(cx + r, cy);
    context.lineTo(cx, cy + r);
    context.lineTo(cx - r, cy);
    context.closePath();
  } else {
    context.roundRect(x, y, Math.max(MIN_MARK_WIDTH, box.markWidth), size, RADIUS);
  }
}

/**
 * Stripes across the part of a range known only to its month or year, from `from` to `to`: not a false
 * exact day. They lie on a grid from `origin` (where the hatched part begins), so that they stay put
 * however much of the range is drawn.
 */
function hatch(context: CanvasRenderingContext2D, from: number, to: number, y: number, origin: number): void {
  const size = markSize;
  context.save();
  context.beginPath();
  context.rect(from, y, to - from, size);
  context.clip();
  context.lineWidth = HATCH_STRIPE;
  context.beginPath();
  // Each stripe runs up to the right; spaced so that they are HATCH_PERIOD apart across their direction.
  const step = HATCH_PERIOD * Math.SQRT2;
  const first = Math.max(0, Math.floor((from - origin) / step));
  for (let x = origin - size + first * step; x < to + size; x += step) {
    context.moveTo(x, y + size);
    context.lineTo(x + size, y);
  }
  context.stroke();
  context.restore();
}

function drawMark(context: CanvasRenderingContext2D, placed: PlacedItem, colour: string, viewWidth: number): void {
  const { box, item } = placed;
  context.fillStyle = colour;
  const hatched = !item.point && (item.precision === 'month' || item.precision === 'year');
  if (!hatched && box.markSolid === null) {
    // Filled: its edge, in the same colour, would not show.
    shapePath(context, placed);
    context.fill();
    return;
  }
  // Solid as far as surely reached (nothing, when the start too is a month or year), hatched after,
  // inside an edge, dotted when the date is inferred.
  const [left, width] = [box.left + box.markOffset, Math.max(MIN_MARK_WIDTH, box.markWidth)];
  const [from, to] = [Math.max(left, -OVERDRAW), Math.min(left + width, viewWidth + OVERDRAW)];
  if (to <= from) return;
  const solidEnd = left + (hatched ? 0 : (box.markSolid ?? 0));
  context.fillRect(from, box.top, Math.max(0, Math.min(solidEnd, to) - from), markSize);
  context.strokeStyle = colour;
  if (solidEnd < to) hatch(context, Math.max(solidEnd, from), to, box.top, solidEnd);
  context.lineWidth = BORDER;
  context.setLineDash(item.inferred ? [BORDER, BORDER] : []);
  // The dots of the edge along the top keep their places as the bar is drawn from further in.
  context.lineDashOffset = from - left;
  context.beginPath();
  context.roundRect(from + BORDER / 2, box.top + BORDER / 2, to - from - BORDER, markSize - BORDER, RADIUS - 1);
  context.stroke();
  context.setLineDash([]);
  context.lineDashOffset = 0;
}

/** The opened entry's mark is ringed: 2 px of the page's surface next to it, then 2 px of its text colour. */
function ring(context: CanvasRenderingContext2D, placed: PlacedItem, style: CanvasStyle): void {
  shapePath(context, placed);
  context.lineWidth = 8;
  context.strokeStyle = style.text;
  context.stroke();
  context.lineWidth = 4;
  context.strokeStyle = style.surface;
  context.stroke();
}

/** The label as far as it fits, ending in an ellipsis when the layout shortened it to the view. */
function fitted(context: CanvasRenderingContext2D, text: string, room: number): string {
  if (context.measureText(text).width <= room) return text;
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, middle)}…`).width <= room) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

function drawLabel(
  context: CanvasRenderingContext2D,
  placed: PlacedItem,
  selected: boolean,
  style: CanvasStyle,
  viewWidth: number,
): void {
  const { box, item } = placed;
  const text = (item.inferred ? words.timeline.inferredMark : '') + item.title;
  const room = box.width - box.labelOffset - labelEnd;
  const [x, middle] = [box.left + box.labelOffset, box.top + LABEL_MIDDLE];
  if (!selected) {
    // Only a label the layout shortened to the view's width can overflow its box.
    context.fillText(placed.labelWidth >= viewWidth ? fitted(context, text, room) : text, x, middle);
    return;
  }
  // The opened entry's label: bold, underlined in its lane's colour.
  context.font = style.boldFont;
  const shown = fitted(context, text, room);
  context.fillText(shown, x, middle);
  context.fillStyle = laneColour(style, item.kind);
  context.fillRect(x, middle + labelSize / 2 + 1, context.measureText(shown).width, 2);
  context.fillStyle = style.text;
  context.font = style.font;
}

/**
 * Draws every placed item's mark and label, in its lane's colour and shape, in
 * the boxes the layout gave; the opened entry ringed and its label bold. The
 * buttons over them (./items.ts) carry focus, clicks and names.
 */
export function drawMarks(
  context: CanvasRenderingContext2D,
  placed: readonly PlacedItem[],
  selected: string | null,
  style: CanvasStyle,
  viewWidth: number,
): void {
  let opened: PlacedItem | undefined;
  for (const item of placed) {
    if (item.item.id === selected) opened = item;
    else drawMark(context, item, laneColour(style, item.item.kind), viewWidth);
  }
  // Drawn last, so that its ring lies over its neighbours.
  if (opened) {
    ring(context, opened, style);
    drawMark(context, opened, laneColour(style, opened.item.kind), viewWidth);
  }
  context.fillStyle = style.text;
  context.font = style.font;
  context.textBaseline = 'middle';
  for (const item of placed) if (item.labelled) drawLabel(context, item, item === opened, style, viewWidth);
}
