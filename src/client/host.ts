/** What bindings and renderers may use of the <defence-timeline> element. */
export interface TimelineHost extends HTMLElement {
  /** The shell's element marked `data-part="name"`; throws when the page lacks it. */
  shellPart<T extends HTMLElement = HTMLElement>(name: string): T;
  /** The chronology list that follows the filters and supplies the details, if the page has one. */
  readonly list: HTMLElement | null;
  /** Lane colours of the density canvas, as the stylesheet sets them (kept current by the colour-scheme binding). */
  palette: ReadonlyMap<string, string>;
}

/** A binding: wires one kind of input or output to the controller until `signal` aborts. */
export type Connect<C> = (element: TimelineHost, controller: C, signal: AbortSignal) => void;
