import { words } from '../render/edition';
import type { TimelineController } from '../../lib/timeline/controller';
import { GEOMETRY } from '../../lib/timeline/geometry';
import type { TimelineItem } from '../../lib/timeline/timeline-item';
import type { TimelineHost } from './host';
import { pendingTitlesLabelled } from './titles';

/**
 * A label's width as the sum of its characters' advances, each measured once in
 * the marks' font: measuring every label whole costs too much when thousands
 * come into view. The kerning share covers what the sum leaves out.
 */
function labelMeasurer(
  layer: HTMLElement,
  controller: TimelineController,
  pendingLength: number,
): (item: TimelineItem) => number | null {
  // By the text itself, not the entry: a title that arrives later (bindings/titles.ts) is measured anew.
  const advances = new Map<string, number>();
  const characters = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  const advanceOf = (text: string) => {
    let advance = advances.get(text);
    if (advance !== undefined) return advance;
    if (context === undefined) {
      context = layer.ownerDocument.createElement('canvas').getContext('2d');
      const style = getComputedStyle(layer);
      if (context) context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    }
    advance = 0;
    for (const character of text) {
      let size = characters.get(character);
      if (size === undefined) {
        size = context?.measureText(character).width ?? 7;
        characters.set(character, size);
      }
      advance += size;
    }
    advances.set(text, advance);
    return advance;
  };
  return (item) => {
    // A title still to come (bindings/titles.ts) is given the room of one of mean length, or no label.
    if (item.title === '' && !pendingTitlesLabelled(controller)) return null;
    const title = item.title === '' ? advanceOf('n') * pendingLength : advanceOf(item.title);
    const advance = title + (item.inferred ? advanceOf(words.timeline.inferredMark) : 0);
    return Math.ceil(advance * (1 + GEOMETRY.labelKerning) + GEOMETRY.labelPadding);
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
