/**
 * <defence-timeline>: the interactive timeline, enhancing the chronology the
 * page renders as HTML. Configured by data attributes; all geometry comes from
 * the pure layout in src/lib/timeline, this file only draws it and wires input.
 *
 *   data-items     id of a <script type="application/json"> holding TimelineDatum[]
 *   data-first-year, data-last-year   the timeline's scope
 *   data-base      the site's base path, for links to entry pages
 *   data-list      id of the chronology list that follows the filters
 *   data-embedded  "true" in /embed/: the list only feeds the details, and the
 *                  content's height is posted to the embedding page
 *   data-title     the timeline's title, for embed code
 *   data-entry-href  where "Open the full entry" goes, {id} standing for the id
 */
import { axisTop } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { EventKind } from '../lib/content/vocabulary';
import {
  indexTimeline,
  layoutTimeline,
  markExtent,
  type DensityBin,
  type LayoutOptions,
  type PlacedItem,
  type PlacedLane,
  type TimelineIndex,
} from '../lib/timeline/layout';
import {
  clampWindow,
  createTimeScale,
  formatTick,
  MIN_WINDOW_MS,
  scopeExtent,
  tickCount,
} from '../lib/timeline/time-scale';
import {
  accessibleLabel,
  sortItems,
  toTimelineItem,
  type TimelineDatum,
  type TimelineItem,
} from '../lib/timeline/timeline-item';
import { embedCode, viewUrl } from '../lib/timeline/embed-code';
import {
  daysToWindow,
  EMPTY_VIEW,
  matchesFilters,
  parseViewState,
  serializeViewState,
  windowToDays,
  type ViewState,
} from '../lib/timeline/view-state';

const LANES: readonly EventKind[] = ['event', 'anniversary', 'rotation'];
const AXIS_HEIGHT = 28;
const ZOOM_STEP = 2;
const URL_SETTLE_MS = 150;

type Window = [number, number];

class DefenceTimeline extends HTMLElement {
  #items: TimelineItem[] = [];
  #visible: TimelineItem[] = [];
  #index: TimelineIndex = new Map();
  #state: ViewState = EMPTY_VIEW;
  #scope: Window = [0, 1];
  #window: Window = [0, 1];
  #width = 0;
  #focusedId: string | null = null;
  #buttons = new Map<string, HTMLButtonElement>();
  #labelWidths = new Map<string, number>();
  #charWidths = new Map<string, number>();
  #measure: CanvasRenderingContext2D | null = null;
  #font = '';
  /** Lane colours for the density canvas, read from CSS; cleared when the colour scheme changes. */
  #laneColours: Map<string, string> | undefined;

  #viewport!: HTMLElement;
  #itemLayer!: HTMLElement;
  #laneLayer!: HTMLElement;
  #density!: HTMLCanvasElement;
  #axis!: Selection<SVGGElement, unknown, null, undefined>;
  #zoom!: ZoomBehavior<HTMLElement, unknown>;
  #details!: HTMLElement;
  #status!: HTMLElement;
  #form!: HTMLFormElement;
  #list: HTMLElement | null = null;
  #base = '/';
  #applyingState = false;
  #embedded = false;
  /** Lane names as the page writes them (in the legend), read once. */
  #laneNames = new Map<string, string>();
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    // User-timing marks let anyone (and npm run bench) see where the first render's time goes.
    performance.mark('timeline:start');
    const dataElement = document.getElementById(this.dataset['items'] ?? '');
    if (!dataElement?.textContent) return;
    const data = JSON.parse(dataElement.textContent) as TimelineDatum[];
    performance.mark('timeline:parsed');
    this.#items = sortItems(data.map(toTimelineItem));
    performance.mark('timeline:items');
    this.#scope = scopeExtent(Number(this.dataset['firstYear']), Number(this.dataset['lastYear']));
    this.#window = [...this.#scope];
    this.#base = this.dataset['base'] ?? '/';
    this.#list = document.getElementById(this.dataset['list'] ?? '');
    this.#embedded = this.dataset['embedded'] === 'true';
    for (const name of this.querySelectorAll<HTMLElement>('[data-lane-name]')) {
      this.#laneNames.set(name.dataset['laneName'] ?? '', name.textContent ?? '');
    }

    this.#viewport = this.#part('viewport');
    this.#itemLayer = this.#part('items');
    this.#laneLayer = this.#part('lanes');
    this.#density = this.#part('density') as HTMLCanvasElement;
    this.#details = this.#part('details');
    this.#status = this.#part('status');
    this.#form = this.#part('filters') as HTMLFormElement;
    this.#axis = select(this.#part('axis') as unknown as SVGSVGElement)
      .attr('height', AXIS_HEIGHT)
      .append('g')
      .attr('transform', `translate(0,${AXIS_HEIGHT - 1})`);

    this.#setUpZoom();
    this.#setUpControls();
    this.#part('enhanced').hidden = false;
    this.#width = this.#viewport.clientWidth;
    new ResizeObserver(() => this.#resize()).observe(this.#viewport);
    document.fonts.addEventListener('loadingdone', () => this.#remeasure());
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.#laneColours = undefined;
      this.#render();
    });
    window.addEventListener('popstate', () => this.#applyState(parseViewState(location.search), false));
    this.#applyState(parseViewState(location.search), false);
    if (this.#embedded) this.#reportHeight();
    this.dataset['ready'] = 'true';
    performance.mark('timeline:ready');
  }

  /** Tells the embedding page how tall the content is, whenever that changes (see public/embed.js). */
  #reportHeight(): void {
    if (this.#list) this.#list.hidden = true;
    if (window.parent === window) return;
    const post = () =>
      window.parent.postMessage(
        { type: 'defence-timeline:height', height: document.documentElement.scrollHeight },
        '*',
      );
    new ResizeObserver(post).observe(document.body);
    post();
  }

  #part(name: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (!element) throw new Error(`<defence-timeline> needs a [data-part="${name}"] element`);
    return element;
  }

  // ---- State and URL ----

  /** Applies a whole view: filters, window and selection; `record` adds a history entry. */
  #applyState(state: ViewState, record: boolean): void {
    this.#applyingState = true;
    this.#state = state;
    this.#syncForm();
    this.#setVisible(state);
    this.#filterList();
    const window = state.window ? daysToWindow(state.window) : this.#scope;
    this.#zoomToWindow(clampWindow(window, this.#scope));
    this.#showDetails(state.selected && this.#items.some((i) => i.id === state.selected) ? state.selected : null);
    this.#applyingState = false;
    if (record) this.#writeUrl(true);
  }

  #update(change: Partial<ViewState>, record = true): void {
    this.#state = { ...this.#state, ...change };
    if (record) this.#writeUrl(true);
  }

  #writeUrl(push: boolean): void {
    if (this.#applyingState) return;
    const url = `${location.pathname}${serializeViewState(this.#state)}${location.hash}`;
    this.#updateShare();
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch {
      // A sandboxed embed (opaque origin) may not change its URL; the view still works.
    }
  }

  // ---- Share and embed ----

  #address() {
    return { siteUrl: new URL(this.#base, location.href).href, query: serializeViewState(this.#state) };
  }

  #updateShare(): void {
    const panel = this.querySelector<HTMLElement>('[data-part="share"]');
    if (!panel || panel.hidden) return;
    const address = this.#address();
    const fields: Record<string, string> = {
      link: viewUrl(address),
      embed: embedCode(address, this.dataset['title'] ?? document.title),
    };
    for (const field of panel.querySelectorAll<HTMLTextAreaElement>('textarea[data-share]')) {
      field.value = fields[field.dataset['share'] ?? ''] ?? '';
    }
  }

  #toggleShare(): void {
    const panel = this.querySelector<HTMLElement>('[data-part="share"]');
    const button = this.querySelector<HTMLElement>('[data-action="share"]');
    if (!panel) return;
    panel.hidden = !panel.hidden;
    button?.setAttribute('aria-expanded', String(!panel.hidden));
    this.#updateShare();
  }

  // ---- Filters and the chronology list ----

  #setUpControls(): void {
    this.#form.addEventListener('change', () => this.#readForm());
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    // The reset event fires before the fields are cleared: read them once they are.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#readForm()));
    this.querySelectorAll<HTMLButtonElement>('[data-action]').forEach((button) =>
      button.addEventListener('click', () => this.#act(button.dataset['action'] ?? '')),
    );
    this.#viewport.addEventListener('keydown', (event) => this.#onKey(event));
    this.#part('close').addEventListener('click', () => this.#select(null));
    this.#details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#select(null);
    });
  }

  #checked(name: string): string[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  #yearField(name: string): number | null {
    const value = (this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
    return value ? Number(value) : null;
  }

  #readForm(): void {
    let fromYear = this.#yearField('from');
    let toYear = this.#yearField('to');
    if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
    const state: ViewState = {
      ...this.#state,
      kinds: this.#checked('kind') as ViewState['kinds'],
      types: this.#checked('type') as ViewState['types'],
      partners: this.#checked('partner'),
      scopes: this.#checked('scope') as ViewState['scopes'],
      fromYear,
      toYear,
    };
    this.#state = state;
    this.#setVisible(state);
    if (state.selected && !this.#visible.some((i) => i.id === state.selected)) this.#showDetails(null);
    this.#filterList();
    this.#render();
    this.#writeUrl(true);
  }

  #syncForm(): void {
    const lists: Record<string, readonly string[]> = {
      kind: this.#state.kinds,
      type: this.#state.types,
      partner: this.#state.partners,
      scope: this.#state.scopes,
    };
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = lists[input.name]?.includes(input.value) ?? false;
    }
    for (const [name, year] of [
      ['from', this.#state.fromYear],
      ['to', this.#state.toYear],
    ] as const) {
      const select = this.#form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = year === null ? '' : String(year);
    }
  }

  #setVisible(state: ViewState): void {
    const unfiltered = !state.kinds.length && !state.types.length && !state.partners.length && !state.scopes.length;
    const unbounded = state.fromYear === null && state.toYear === null;
    this.#visible = unfiltered && unbounded ? this.#items : this.#items.filter((item) => matchesFilters(item, state));
    this.#index = indexTimeline(this.#visible, LANES);
  }

  #filterList(): void {
    if (this.#list) {
      const shown = new Set(this.#visible.map((item) => item.id));
      for (const entry of this.#list.querySelectorAll<HTMLElement>('[data-entry]')) {
        entry.hidden = !shown.has(entry.id);
      }
      for (const year of this.#list.querySelectorAll<HTMLElement>('[data-year]')) {
        year.hidden = !year.querySelector('[data-entry]:not([hidden])');
      }
    }
    const total = this.#items.length;
    const count = this.#visible.length;
    this.#status.textContent =
      count === total ? `Showing all ${total} entries.` : `Showing ${count} of ${total} entries.`;
  }

  // ---- Zoom and pan ----

  #baseScale() {
    return createTimeScale(this.#scope, this.#width);
  }

  #setUpZoom(): void {
    const maxZoom = (this.#scope[1] - this.#scope[0]) / MIN_WINDOW_MS;
    this.#zoom = zoom<HTMLElement, unknown>()
      .scaleExtent([1, maxZoom])
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const scale = event.transform.rescaleX(this.#baseScale());
        const [start, end] = scale.domain();
        this.#window = [start?.getTime() ?? this.#scope[0], end?.getTime() ?? this.#scope[1]];
        this.#render();
      })
      // Every change of window, by gesture, key or button, ends here: the URL follows without
      // adding a history entry per zoom step.
      .on('end', () => {
        const whole = this.#window[0] <= this.#scope[0] && this.#window[1] >= this.#scope[1];
        this.#update({ window: whole ? null : windowToDays(this.#window) }, false);
        // Rewriting the URL costs the browser far more than drawing a frame: do it once the view rests.
        clearTimeout(this.#urlTimer);
        this.#urlTimer = setTimeout(() => this.#writeUrl(false), URL_SETTLE_MS);
      });
    select(this.#viewport).call(this.#zoom);
  }

  #zoomToWindow(window: Window): void {
    if (this.#width === 0) {
      this.#window = window;
      return;
    }
    const base = this.#baseScale();
    const k = this.#width / (base(window[1]) - base(window[0]));
    const transform = zoomIdentity.scale(k).translate(-base(window[0]), 0);
    // A fixed extent: d3-zoom would otherwise read the element's size, forcing a layout on every step.
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.#width, 0],
    ];
    this.#zoom.extent(extent).translateExtent(extent);
    select(this.#viewport).call(this.#zoom.transform, transform);
  }

  #resize(): void {
    const width = this.#viewport.clientWidth;
    if (width === this.#width || width === 0) return;
    this.#width = width;
    this.#zoomToWindow(this.#window);
  }

  /** Zooms by `factor` keeping `around` (default: the centre) where it is. */
  #zoomBy(factor: number, around?: number): void {
    const [start, end] = this.#window;
    const centre = around ?? (start + end) / 2;
    const next: Window = [centre - (centre - start) / factor, centre + (end - centre) / factor];
    this.#zoomToWindow(clampWindow(next, this.#scope));
  }

  #panBy(fraction: number): void {
    const shift = (this.#window[1] - this.#window[0]) * fraction;
    this.#zoomToWindow(clampWindow([this.#window[0] + shift, this.#window[1] + shift], this.#scope));
  }

  #act(action: string): void {
    const focused = this.#focusedItem();
    const around = focused ? (focused.from + focused.to) / 2 : undefined;
    if (action === 'zoom-in') this.#zoomBy(ZOOM_STEP, around);
    else if (action === 'zoom-out') this.#zoomBy(1 / ZOOM_STEP, around);
    else if (action === 'earlier') this.#panBy(-0.5);
    else if (action === 'later') this.#panBy(0.5);
    else if (action === 'reset') this.#zoomToWindow(this.#scope);
    else if (action === 'share') this.#toggleShare();
    else if (action.startsWith('copy-')) void this.#copy(action.slice('copy-'.length));
  }

  async #copy(field: string): Promise<void> {
    const text = this.querySelector<HTMLTextAreaElement>(`textarea[data-share="${field}"]`);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text.value);
      this.#announce('Copied.');
    } catch {
      text.select();
      this.#announce('Selected: press Control+C (or Command+C) to copy.');
    }
  }

  // ---- Keyboard ----

  #focusedItem(): TimelineItem | undefined {
    return this.#visible.find((item) => item.id === this.#focusedId);
  }

  #onKey(event: KeyboardEvent): void {
    const index = this.#visible.findIndex((item) => item.id === this.#focusedId);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: this.#visible.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const item = this.#visible[Math.max(0, Math.min(this.#visible.length - 1, target))];
      if (item) this.#focusItem(item);
      return;
    }
    const actions: Record<string, string> = {
      '+': 'zoom-in',
      '=': 'zoom-in',
      '-': 'zoom-out',
      _: 'zoom-out',
      '0': 'reset',
      PageUp: 'earlier',
      PageDown: 'later',
    };
    const action = actions[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.#act(action);
    } else if (event.key === 'Escape' && this.#state.selected) {
      event.preventDefault();
      this.#select(null);
    }
  }

  /** Moves focus to an item, first panning it into view if it is outside the window. */
  #focusItem(item: TimelineItem): void {
    this.#focusedId = item.id;
    const [start, end] = this.#window;
    if (item.from >= end || item.to <= start) {
      const span = end - start;
      const centre = (item.from + Math.min(item.to, item.from + span)) / 2;
      this.#zoomToWindow(clampWindow([centre - span / 2, centre + span / 2], this.#scope));
    } else {
      this.#render();
    }
    this.#buttons.get(item.id)?.focus({ preventScroll: true });
  }

  // ---- Selection and details ----

  #select(id: string | null): void {
    const previous = this.#state.selected;
    this.#showDetails(id);
    this.#update({ selected: id });
    if (id === null && previous) this.#buttons.get(previous)?.focus({ preventScroll: true });
  }

  #showDetails(id: string | null): void {
    this.#state = { ...this.#state, selected: id };
    const item = id ? this.#items.find((i) => i.id === id) : undefined;
    const body = this.#part('details-body');
    if (!item) {
      this.#details.hidden = true;
      body.replaceChildren();
      this.#markSelected();
      return;
    }
    const entry = this.#list?.querySelector<HTMLElement>(`[data-entry][id="${CSS.escape(item.id)}"]`);
    body.replaceChildren(...[...(entry?.children ?? [])].map((child) => child.cloneNode(true)));
    // In the panel the entry's heading comes right under the page's h1, whatever its level in the list.
    const heading = body.querySelector('.entry-heading');
    if (heading) {
      const h2 = document.createElement('h2');
      h2.className = heading.className;
      h2.append(...heading.childNodes);
      heading.replaceWith(h2);
    }
    const link = document.createElement('a');
    link.href = (this.dataset['entryHref'] ?? `${this.#base}events/{id}/`).replace('{id}', item.id);
    link.textContent = 'Open the full entry';
    link.className = 'tl-details-link';
    body.append(link);
    this.#details.hidden = false;
    this.#focusedId = item.id;
    this.#render();
    this.#markSelected();
    this.#announce(`Opened ${accessibleLabel(item)}`);
  }

  /** Selection changes only which mark is pressed: no new layout. */
  #markSelected(): void {
    for (const [id, button] of this.#buttons) button.setAttribute('aria-pressed', String(id === this.#state.selected));
  }

  #announce(text: string): void {
    const live = this.#part('announcer');
    live.textContent = '';
    // A fresh text node after clearing makes screen readers speak repeated messages too.
    requestAnimationFrame(() => (live.textContent = text));
  }

  // ---- Drawing ----

  /**
   * A label's width as the sum of its characters' advances, each measured once:
   * measuring every label whole costs too much when thousands come into view.
   * The margin covers kerning, which the sum leaves out.
   */
  #labelWidth(item: TimelineItem): number {
    let width = this.#labelWidths.get(item.id);
    if (width === undefined) {
      if (!this.#measure) {
        this.#measure = document.createElement('canvas').getContext('2d');
        const style = getComputedStyle(this.#itemLayer);
        this.#font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        if (this.#measure) this.#measure.font = this.#font;
      }
      let advance = 0;
      for (const character of (item.inferred ? '≈ ' : '') + item.title) {
        let size = this.#charWidths.get(character);
        if (size === undefined) {
          size = this.#measure?.measureText(character).width ?? 7;
          this.#charWidths.set(character, size);
        }
        advance += size;
      }
      width = Math.ceil(advance * 1.04 + 24);
      this.#labelWidths.set(item.id, width);
    }
    return width;
  }

  /** Once the web font arrives, widths measured in the fallback font are wrong: measure again. */
  #remeasure(): void {
    this.#measure = null;
    this.#charWidths.clear();
    this.#labelWidths.clear();
    this.#render();
  }

  #layoutOptions(): LayoutOptions {
    return {
      width: this.#width,
      lanes: LANES,
      rowHeight: 30,
      maxLabelledRows: 4,
      labelWidth: (item) => this.#labelWidth(item),
      gap: 8,
      markWidth: 12,
      laneGap: 6,
      laneHeader: 22,
      maxCompactMarks: 40,
      binWidth: 3,
    };
  }

  #render(): void {
    if (this.#width === 0) return;
    const scale = createTimeScale(this.#window, this.#width);
    this.#axis.call(
      axisTop<Date>(scale)
        .ticks(tickCount(this.#width))
        .tickFormat((date) => formatTick(date)),
    );
    // Only what overlaps the window is laid out and drawn.
    const options = this.#layoutOptions();
    const layout = layoutTimeline(this.#index, this.#window, options);

    layout.lanes.forEach((lane, index) => {
      let band = this.#laneLayer.children[index] as HTMLElement | undefined;
      if (!band) {
        band = document.createElement('div');
        band.className = `tl-lane tl-lane-${lane.kind}`;
        this.#laneLayer.append(band);
      }
      const name = this.#laneNames.get(lane.kind) ?? lane.kind;
      const binned = layout.bins.some((bin) => bin.lane === lane.kind);
      setIfChanged(band.style, 'top', `${lane.y}px`);
      setIfChanged(band.style, 'height', `${lane.height}px`);
      const text = binned ? `${name} · ${lane.count.toLocaleString('en')} in view, zoom in to see each` : name;
      if (band.textContent !== text) band.textContent = text;
    });
    setIfChanged(this.#itemLayer.style, 'height', `${layout.height}px`);
    this.#drawDensity(layout.bins, layout.height);
    this.#drawItems(this.#withFocused(layout.items, layout.lanes, options));
  }

  /**
   * The focused item always has its button, even where its lane is drawn as
   * density bins, so that keyboard focus never falls out of the timeline.
   */
  #withFocused(placed: PlacedItem[], lanes: readonly PlacedLane[], options: LayoutOptions): PlacedItem[] {
    const id = this.#focusedId;
    if (!id || placed.some((p) => p.item.id === id)) return placed;
    const [start, end] = this.#window;
    const item = this.#visible.find((candidate) => candidate.id === id && candidate.to > start && candidate.from < end);
    const lane = lanes.find((candidate) => candidate.kind === item?.kind);
    if (!item || !lane) return placed;
    const { left, right } = markExtent(item, this.#window, options);
    const y = lane.y + lane.height - options.rowHeight;
    return [
      ...placed,
      { item, lane: item.kind, x: left, width: right - left, y, labelled: false, labelWidth: 0, labelX: left },
    ];
  }

  /** Counts of marks too dense to draw one by one, as bars whose strength follows the count. */
  #drawDensity(bins: readonly DensityBin[], height: number): void {
    const canvas = this.#density;
    const context = canvas.getContext('2d');
    const ratio = window.devicePixelRatio || 1;
    if (bins.length === 0) {
      if (canvas.width !== 0) canvas.width = 0;
      return;
    }
    // Resizing a canvas reallocates it: only when its size really changes; otherwise clear it.
    const width = Math.round(this.#width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (canvas.width !== width || canvas.height !== pixelHeight) {
      canvas.width = width;
      canvas.height = pixelHeight;
      canvas.style.width = `${this.#width}px`;
      canvas.style.height = `${height}px`;
    } else {
      context?.clearRect(0, 0, width, pixelHeight);
    }
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.#laneColours ??= new Map(
      LANES.map((lane) => [lane, getComputedStyle(this).getPropertyValue(`--lane-${lane}`)]),
    );
    const max = Math.max(...bins.map((bin) => bin.count));
    for (const bin of bins) {
      context.fillStyle = this.#laneColours.get(bin.lane) || '#888';
      context.globalAlpha = 0.25 + 0.75 * (Math.log1p(bin.count) / Math.log1p(max));
      context.fillRect(bin.x, bin.y + 4, Math.max(1, bin.width - 1), 14);
    }
    context.globalAlpha = 1;
  }

  // ---- Programmatic view, for pages and tools that drive the timeline ----

  /** Shows the period from `start` to `end` (Dates or UTC ms), kept within the timeline's limits. */
  setWindow(start: number | Date, end: number | Date): void {
    this.#zoomToWindow(clampWindow([Number(start), Number(end)], this.#scope));
  }

  /** The period shown, as UTC ms. */
  get window(): [number, number] {
    return [...this.#window];
  }

  #drawItems(placed: readonly PlacedItem[]): void {
    const keep = new Set(placed.map((p) => p.item.id));
    const active = document.activeElement;
    for (const [id, button] of this.#buttons) {
      if (!keep.has(id) && button !== active) {
        button.remove();
        this.#buttons.delete(id);
      }
    }
    // One tab stop: the focused item, else the first in view.
    const tabStop = this.#focusedId && keep.has(this.#focusedId) ? this.#focusedId : placed[0]?.item.id;
    for (const { item, x, width, y, labelled, labelWidth, labelX } of placed) {
      let button = this.#buttons.get(item.id);
      if (!button) {
        button = this.#createButton(item);
        this.#buttons.set(item.id, button);
        this.#itemLayer.append(button);
      }
      const left = labelled ? Math.min(x, labelX) : x;
      const right = labelled ? Math.max(x + width, labelX + labelWidth) : x + width;
      // Writing only what changed keeps style work in proportion to what moved.
      setIfChanged(button.style, 'transform', `translate(${Math.round(left)}px, ${y}px)`);
      setIfChanged(button.style, 'width', `${Math.round(right - left)}px`);
      setVariable(button, '--mark-width', `${Math.max(0, Math.round(width))}px`);
      setVariable(button, '--mark-offset', `${Math.round(x - left)}px`);
      setVariable(button, '--label-offset', `${Math.round(labelX - left)}px`);
      if (button.classList.contains('tl-unlabelled') === labelled) button.classList.toggle('tl-unlabelled', !labelled);
      const tabIndex = item.id === tabStop ? 0 : -1;
      if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
      const pressed = String(item.id === this.#state.selected);
      if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    }
    // Buttons keep date order in the DOM so that reading order matches focus order.
    const ordered = placed.map((p) => this.#buttons.get(p.item.id)).filter((b): b is HTMLButtonElement => !!b);
    if (ordered.some((button, i) => this.#itemLayer.children[i] !== button)) this.#itemLayer.append(...ordered);
  }

  #createButton(item: TimelineItem): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `tl-item tl-kind-${item.kind} tl-precision-${item.precision}${item.point ? ' tl-point' : ''}`;
    if (item.inferred) button.classList.add('tl-inferred');
    button.dataset['id'] = item.id;
    // The visible label is the button's text; its accessible name says more (date, type, lane).
    button.setAttribute('aria-label', accessibleLabel(item));
    button.textContent = (item.inferred ? '≈ ' : '') + item.title;
    button.addEventListener('click', () => {
      this.#focusedId = item.id;
      this.#select(this.#state.selected === item.id ? null : item.id);
    });
    button.addEventListener('focus', () => {
      this.#focusedId = item.id;
    });
    return button;
  }
}

type StyleProperty = 'top' | 'height' | 'width' | 'transform';

function setVariable(element: HTMLElement, name: string, value: string): void {
  if (element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
}

function setIfChanged(style: CSSStyleDeclaration, property: StyleProperty, value: string): void {
  if (style[property] !== value) style[property] = value;
}

customElements.define('defence-timeline', DefenceTimeline);
