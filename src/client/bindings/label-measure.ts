import { words } from '../render/edition';
import type { TimelineController } from '../../lib/timeline/controller';
import { GEOMETRY } from '../../lib/timeline/geometry';
import type { TimelineItem } from '../../lib/timeline/timeline-item';
import type { TimelineHost } from './host';

/**
 * A label's width as the sum of its characters' advances, each measured once in
 * the marks' font: measuring every label whole costs too much when thousands
 * come into view. The kerning share covers what the sum leaves out.
 */
function labelMeasurer(layer: HTMLElement): (item: TimelineItem) => number {
  const labels = new Map<string, number>();
  const characters = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (item) => {
    let width = labels.get(item.id);
    if (width !== undefined) return width;
    if (context === undefined) {
      context = layer.ownerDocument.createElement('canvas').getContext('2d');
      const style = getComputedStyle(layer);
      if (context) context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    }
    let advance = 0;
    for (const character of (item.inferred ? words.timeline.inferredMark : '') + item.title) {
      let size = characters.get(character);
      if (size === undefined) {
        size = context?.measureText(character).width ?? 7;
        characters.set(character, size);
      }
      advance += size;
    }
    width = Math.ceil(advance * (1 + GEOMETRY.labelKerning) + GEOMETRY.labelPadding);
    labels.set(item.id, width);
    return width;
  };
}

/** Labels are measured in the marks' font; once a web font arrives, measured again. */
export function connectLabelMeasure(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const layer = element.shellPart('items');
  const measure = () => {
    controller.measureLabelsWith(labelMeasurer(layer));
  };
  measure();
  // Not every engine has a FontFaceSet (jsdom has none); without it the first measure stands.
  if ('fonts' in document) document.fonts.addEventListener('loadingdone', measure, { signal });
}
