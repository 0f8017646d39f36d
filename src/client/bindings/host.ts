import type { CanvasStyle } from '../render/canvas';
import type { TitleChunksInfo } from '../../lib/timeline/packed-data';

/** What bindings and renderers may use of the <defence-timeline> element. */
export interface TimelineHost extends HTMLElement {
  /** The shell's element marked `data-part="name"`; throws when the page lacks it. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed like querySelector<T>: the caller names the element it expects.
  shellPart<T extends HTMLElement = HTMLElement>(name: string): T;
  /** The chronology list that follows the filters and supplies the details, if the page has one. */
  readonly list: HTMLElement | null;
  /** The canvases' colours and type, as the stylesheet sets them (kept current by the colour-scheme binding). */
  canvasStyle: CanvasStyle;
  /** null when the data holds the titles; else how they come, in chunks (bindings/titles.ts). */
  readonly titleChunks: TitleChunksInfo | null;
}
