import { words } from '../render/edition';
import type { TimelineController } from '../../lib/timeline/controller';
import { GEOMETRY } from '../../lib/timeline/geometry';
import type { TimelineItem } from '../../lib/timeline/timeline-item';
import type { TimelineHost } from './host';
import { marksFont } from './colour-scheme';
import { pendingTitlesLabelled } from './titles';

/** Characters below this (Latin, Vietnamese, most punctuation) have their advance in a table, not a map. */
const TABLE_SIZE = 0x2000;

/**
 * A label's width as the sum of its characters' advances, each measured once in
 * the marks' font: measuring every label whole costs too much when thousands
 * come into view. The kerning share covers what the sum leaves out.
 */
function labelMeasurer(
  layer: HTMLElement,
  controller: TimelineController,
  pendingLength: number,
): (item: TimelineItem, room: number) => number | null {
  const table = new Float64Array(TABLE_SIZE).fill(-1);
  const others = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  const measure = (character: string) => {
    if (context === undefined) {
      context = layer.ownerDocument.createElement('canvas').getContext('2d');
      if (context) context.font = marksFont(getComputedStyle(layer));
    }
    return context?.measureText(character).width ?? 7;
  };
  // Summed anew each time, by a table lookup a character: cheaper than remembering
  // thousands of labels, and a title that arrives later (bindings/titles.ts) is measured as it is.
  // Past `limit` the sum stops: the label cannot be placed anyway.
  const advanceOf = (text: string, limit = Infinity) => {
    let advance = 0;
    for (let i = 0; i < text.length && advance <= limit; i += 1) {
      const code = text.charCodeAt(i);
      if (code < TABLE_SIZE) {
        let size = table[code] ?? -1;
        if (size < 0) table[code] = size = measure(text.charAt(i));
        advance += size;
        continue;
      }
      // Anything else by code point, a character outside the BMP being two code units.
      const character = String.fromCodePoint(text.codePointAt(i) ?? code);
      i += character.length - 1;
      let size = others.get(character);
      if (size === undefined) others.set(character, (size = measure(character)));
      advance += size;
    }
    return advance;
  };
  const widthOf = (advance: number) => Math.ceil(advance * (1 + GEOMETRY.labelKerning) + GEOMETRY.labelPadding);
  return (item, room) => {
    // A title still to come (bindings/titles.ts) is given the room of one of mean length, or no label.
    if (item.title === '' && !pendingTitlesLabelled(controller)) return null;
    const mark = item.inferred ? advanceOf(words.timeline.inferredMark) : 0;
    const limit = (room - GEOMETRY.labelPadding) / (1 + GEOMETRY.labelKerning) - mark;
    const title = item.title === '' ? advanceOf('n') * pendingLength : advanceOf(item.title, limit);
    return widthOf(title + mark);
  };
}

/** Labels are measured in the marks' font; once a web font arrives, measured again. */
export function connectLabelMeasure(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const layer = element.shellPart('items');
  const measure = () => {
    controller.measureLabelsWith(labelMeasurer(layer, controller, element.titleChunks?.meanLength ?? 0));
  };
  measure();
  // Not every engine has a FontFaceSet (jsdom has none); without it the first measure stands.
  if ('fonts' in document) document.fonts.addEventListener('loadingdone', measure, { signal });
}
