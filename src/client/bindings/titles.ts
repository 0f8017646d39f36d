import type { TimelineController } from '../../lib/timeline/controller';
import { TITLES_GLOBAL } from '../../lib/timeline/data-globals';
import type { TitleChunksInfo } from '../../lib/timeline/packed-data';
import { itemsByTitleChunk, titleChunkOf } from '../../lib/timeline/title-chunks';
import type { TimelineItem } from '../../lib/timeline/timeline-item';
import type { TimelineHost } from './host';

/** What /data/titles/<chunk>.js scripts leave: each chunk's titles, in date order. */
type TitleChunks = Record<string, readonly string[] | undefined>;

/** Per timeline: its items by chunk, and each chunk's load once asked for. */
interface TitleLoads {
  items: Map<string, TimelineItem[]>;
  chunks: Map<string, Promise<void>>;
  redrawAsked: boolean;
  /** True while drawing again for titles that arrived (see pendingTitlesLabelled). */
  arriving: boolean;
}

const loads = new WeakMap<TimelineController, TitleLoads>();

function loadsOf(controller: TimelineController, info: TitleChunksInfo): TitleLoads {
  let state = loads.get(controller);
  if (!state) {
    state = {
      items: itemsByTitleChunk(controller.items, info.days),
      chunks: new Map(),
      redrawAsked: false,
      arriving: false,
    };
    loads.set(controller, state);
  }
  return state;
}

/** Draws again, in the next frame, once a view's titles have arrived; a newer view's arrival takes its place. */
function redrawSoon(controller: TimelineController, state: TitleLoads): void {
  if (state.redrawAsked) return;
  state.redrawAsked = true;
  requestAnimationFrame(() => {
    state.redrawAsked = false;
    state.arriving = true;
    controller.redraw();
    state.arriving = false;
  });
}

/**
 * Whether an entry whose title has not come may take a label (room for a title
 * of mean length) in the frame being laid out. It may when the view changed,
 * so that the titles the view needs are asked for; not in the frame drawn when
 * titles arrive, whose exact widths move the labels: else each arrival would
 * label other entries and ask for more, chunk after chunk.
 */
export function pendingTitlesLabelled(controller: TimelineController): boolean {
  return !loads.get(controller)?.arriving;
}

function loadChunk(element: TimelineHost, controller: TimelineController, info: TitleChunksInfo, chunk: string) {
  const state = loadsOf(controller, info);
  let load = state.chunks.get(chunk);
  if (load) return load;
  const document = element.ownerDocument;
  load = new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = `${element.dataset['base'] ?? '/'}data/titles/${chunk}.js?v=${info.version}`;
    script.addEventListener('load', () => {
      script.remove();
      const view = document.defaultView as unknown as Record<string, TitleChunks | undefined>;
      const titles = view[TITLES_GLOBAL]?.[chunk];
      const items = state.items.get(chunk) ?? [];
      // Written in the items' date order: a chunk of another build (its count differs) is left out.
      if (titles?.length === items.length) {
        items.forEach((item, index) => {
          item.title = titles[index] ?? '';
        });
      }
      resolve();
    });
    // A chunk that cannot load leaves its labels empty; the rest of the timeline works.
    script.addEventListener('error', () => {
      script.remove();
      resolve();
    });
    document.head.append(script);
  });
  state.chunks.set(chunk, load);
  return load;
}

/** Loads the chunks of the titles of `items` not yet in; null when all are. */
function loadTitles(
  element: TimelineHost,
  controller: TimelineController,
  items: Iterable<TimelineItem>,
): Promise<unknown> | null {
  const info = element.titleChunks;
  const chunks = new Set<string>();
  if (info) for (const item of items) if (item.title === '') chunks.add(titleChunkOf(item, info.days));
  if (!info || chunks.size === 0) return null;
  return Promise.all([...chunks].map((chunk) => loadChunk(element, controller, info, chunk)));
}

/**
 * Runs `then` once the titles of `items` are in: at once when they are (as
 * always below a few thousand entries), else after their chunks have loaded.
 */
export function afterTitles(
  element: TimelineHost,
  controller: TimelineController,
  items: Iterable<TimelineItem>,
  then: () => void,
): void {
  const loading = loadTitles(element, controller, items);
  if (loading) void loading.then(then);
  else then();
}

/**
 * The titles of the entries drawn are loaded as they come into view; once all
 * of a view's have come, it is drawn again, once, with them.
 */
export function connectTitles(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const info = element.titleChunks;
  if (info === null) return;
  let latest = 0;
  controller.subscribe(() => {
    const state = loadsOf(controller, info);
    if (controller.state.width === 0 || state.arriving) return;
    const drawn = controller.frame().layout.items.map((placed) => placed.item);
    const loading = loadTitles(element, controller, drawn);
    if (!loading) return;
    const view = (latest += 1);
    void loading.then(() => {
      if (view === latest && !signal.aborted) redrawSoon(controller, state);
    });
  }, signal);
}
