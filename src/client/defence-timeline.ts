/**
 * <defence-timeline>: the interactive timeline, enhancing the chronology the
 * page renders as HTML. This file only wires: the view state and its actions
 * are the controller's (src/lib/timeline/controller.ts), the geometry the
 * layout's, the drawing in ./render and each kind of input or output a binding
 * in ./bindings, all released when the element leaves the page.
 *
 *   data-items     id of a <script type="application/json"> holding the packed data (packed-data.ts);
 *                  without it, the data /data/timeline.js left (a deferred
 *                  script the page puts before the element's own)
 *   data-first-year, data-last-year   the timeline's scope
 *   data-base      the site's base path, for links to entry pages
 *   data-list      id of the chronology list that follows the filters; with
 *                  data-render="client" the script writes its entries
 *   data-embedded  "true" in /embed/: the content's height is posted to the
 *                  embedding page
 *   data-title     the timeline's title, for embed code
 *   data-entry-href  where "Open the full entry" goes, {id} standing for the id
 */
import { lang } from './render/edition';
import { ITEMS_GLOBAL } from '../lib/timeline/data-globals';
import { unpackTimeline, type PackedTimeline, type TitleChunksInfo } from '../lib/timeline/packed-data';
import { TimelineController } from '../lib/timeline/controller';
import { geometryProperties } from '../lib/timeline/geometry';
import { scopeExtent } from '../lib/timeline/time-scale';
import { sortItems, toTimelineItem, type TimelineDatum } from '../lib/timeline/timeline-item';
import { connectChronology } from './bindings/chronology';
import { connectColourScheme } from './bindings/colour-scheme';
import { connectDetails } from './bindings/details';
import { connectEmbedFonts } from './bindings/embed-fonts';
import { connectEmbedHeight } from './bindings/embed-height';
import { connectFilters } from './bindings/filters';
import { connectGrouping } from './bindings/grouping';
import { connectPartnerYears } from './bindings/partner-years';
import { connectKeyboard } from './bindings/keyboard';
import { connectLabelMeasure } from './bindings/label-measure';
import { connectMarks } from './bindings/marks';
import { connectPreview } from './bindings/preview';
import { connectShare } from './bindings/share';
import { connectTitles } from './bindings/titles';
import { connectToolbar } from './bindings/toolbar';
import { connectUrl } from './bindings/url-sync';
import { connectViewportSize } from './bindings/viewport-size';
import { connectZoomGestures } from './bindings/zoom-gestures';
import type { TimelineHost } from './bindings/host';
import { UNSTYLED_CANVAS } from './render/canvas';
import { renderFrame, type FrameParts } from './render/frame';

/** Runs each step in a task of its own, one after the other, until `signal` aborts. */
function inLaterTasks(signal: AbortSignal, steps: readonly (() => void)[]): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (index: number) => {
    const step = steps[index];
    if (!step || signal.aborted) return;
    timer = setTimeout(() => {
      step();
      run(index + 1);
    });
  };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
    },
    { once: true },
  );
  run(0);
}

class DefenceTimeline extends HTMLElement implements TimelineHost {
  #controller: TimelineController | undefined;
  #abort: AbortController | undefined;
  list: HTMLElement | null = null;
  canvasStyle = UNSTYLED_CANVAS;
  titleChunks: TitleChunksInfo | null = null;

  connectedCallback(): void {
    // User-timing marks let anyone (and npm run bench) see where the first render's time goes.
    performance.mark('timeline:start');
    const data = this.#readData();
    if (!data) return;
    performance.mark('timeline:parsed');
    const items = sortItems(data.map(toTimelineItem));
    performance.mark('timeline:items');
    const scope = scopeExtent(Number(this.dataset['firstYear']), Number(this.dataset['lastYear']));
    const controller = new TimelineController(items, scope, lang);
    const abort = new AbortController();
    this.#controller = controller;
    this.#abort = abort;
    // Three tasks, not one: the data (this one), the bindings, then the first frame.
    // A phone answers input between them; as one task they held it up for 200 ms.
    inLaterTasks(abort.signal, [
      () => {
        this.#connectShell(controller, abort.signal);
      },
      () => {
        // With every binding listening: the URL's view, then the shell shown at its width,
        // which draws the first frame (nothing is drawn at width 0). Shown and drawn in one
        // task, the shell keeps its height: nothing below it moves.
        connectUrl(this, controller, abort.signal);
        this.shellPart('enhanced').hidden = false;
        controller.setWidth(this.shellPart('viewport').clientWidth);
        this.dataset['ready'] = 'true';
        performance.mark('timeline:ready');
      },
    ]);
  }

  /** Connects the interactive shell's drawing and bindings; it is still hidden, with no width. */
  #connectShell(controller: TimelineController, signal: AbortSignal): void {
    this.list = document.getElementById(this.dataset['list'] ?? '');
    // The stylesheet draws with the layout's numbers: they reach it as custom properties.
    for (const [name, value] of geometryProperties()) this.style.setProperty(name, value);

    const parts: FrameParts = {
      axis: this.shellPart('axis') as unknown as SVGSVGElement,
      lanes: this.shellPart('lanes'),
      canvas: this.shellPart<HTMLCanvasElement>('canvas'),
      clusters: this.shellPart('clusters'),
      items: this.shellPart('items'),
    };
    const rowNames = new Map<string, string>();
    for (const name of this.querySelectorAll<HTMLElement>('[data-row-name]')) {
      rowNames.set(name.dataset['rowName'] ?? '', name.textContent);
    }
    connectLabelMeasure(this, controller, signal);
    connectColourScheme(this, controller, signal);

    // Every change is drawn at once, before the bindings that follow it (focus, details) run.
    controller.subscribe(() => {
      if (controller.state.width === 0) return;
      const context = { rowNames, style: this.canvasStyle, ratio: window.devicePixelRatio || 1 };
      renderFrame(parts, controller.frame(), controller.state, context);
    }, signal);

    for (const connect of [
      connectZoomGestures,
      connectViewportSize,
      connectToolbar,
      connectKeyboard,
      connectMarks,
      connectFilters,
      connectGrouping,
      connectPartnerYears,
      connectChronology,
      connectDetails,
      connectPreview,
      connectShare,
      connectEmbedHeight,
      connectEmbedFonts,
      connectTitles,
    ]) {
      connect(this, controller, signal);
    }
  }

  #readData(): TimelineDatum[] | undefined {
    const id = this.dataset['items'];
    const island = id === undefined ? undefined : document.getElementById(id)?.textContent;
    const packed =
      id === undefined
        ? (window as unknown as Record<string, PackedTimeline | undefined>)[ITEMS_GLOBAL]
        : island && (JSON.parse(island) as PackedTimeline);
    if (!packed) return undefined;
    this.titleChunks = packed.titleChunks;
    return unpackTimeline(packed);
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    delete this.dataset['ready'];
  }

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed like querySelector<T>: the caller names the element it expects.
  shellPart<T extends HTMLElement = HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-part="${name}"]`);
    if (!element) throw new Error(`<defence-timeline> needs a [data-part="${name}"] element`);
    return element;
  }

  // ---- Programmatic view, for pages and tools that drive the timeline ----

  /** Shows the period from `start` to `end` (Dates or UTC ms), kept within the timeline's limits. */
  setWindow(start: number | Date, end: number | Date): void {
    this.#controller?.setWindow([Number(start), Number(end)]);
  }

  /** The period shown, as UTC ms. */
  get window(): [number, number] {
    const window = this.#controller?.state.window ?? [0, 0];
    return [...window];
  }
}

customElements.define('defence-timeline', DefenceTimeline);
