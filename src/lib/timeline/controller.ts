/**
 * The timeline's view state and every action a reader can take on it, with no
 * DOM: bindings turn input into these actions, and the element draws what
 * `frame()` computes whenever a change is announced to subscribers.
 */
import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import type { Change, Filters, Listener, TimelineFrame, TimelineState } from './controller-types';
import type { Grouping } from '../../schemas/vocabulary/groupings';
import { isSeriesRow, planRows, type RowPlan } from './grouping';
import { runsInView } from './layout-runs';
import { layoutOptions, layoutTimeline, type LayoutOptions } from './layout';
import { indexTimeline, type TimelineIndex } from './layout-index';
import { axisTicks, clampWindow } from './time-scale';
import { nearestInTime, type TimelineItem } from './timeline-item';
import { daysToWindow, EMPTY_VIEW, matchesFilters, windowToDays, type ViewState } from './view-state';
import { panWindow, revealWindow, zoomWindow, type TimeWindow } from './window-math';

export type * from './controller-types';

/** Zooming in or out by a button or key multiplies or divides the span by this. */
const ZOOM_STEP = 2;

/** Until the label measurer is connected: a rough width from the number of characters. */
const roughLabelWidth = (item: TimelineItem) => 24 + 7 * item.title.length;

const NO_CHANGE: Change = {
  filters: false,
  window: false,
  selection: false,
  focus: false,
  group: false,
  focusMoved: null,
  layout: false,
  origin: 'reader',
};

export class TimelineController {
  readonly items: readonly TimelineItem[];
  readonly scope: TimeWindow;
  #state: TimelineState;
  #visible: readonly TimelineItem[];
  #plan: RowPlan;
  #index: TimelineIndex;
  #labelWidth: LayoutOptions['labelWidth'] = roughLabelWidth;
  #listeners = new Set<Listener>();
  /** The last frame and the state it was computed for: every binding that asks between two changes gets it. */
  #frame: { state: TimelineState; frame: TimelineFrame } | undefined;

  /** `items` in date order; `scope` the whole period the timeline can show. */
  /** The edition whose words label the axis. */
  readonly lang: Lang;

  constructor(items: readonly TimelineItem[], scope: TimeWindow, lang: Lang = DEFAULT_LANG) {
    this.items = items;
    this.scope = scope;
    this.lang = lang;
    const { kinds, types, partners, series, scopes, fromYear, toYear, group } = EMPTY_VIEW;
    const filters = { kinds, types, partners, series, scopes, fromYear, toYear };
    this.#state = { filters, window: [...scope], selected: null, focused: null, group, width: 0 };
    this.#visible = items;
    this.#plan = planRows(items, group);
    this.#index = indexTimeline(items, this.#plan);
  }

  get state(): Readonly<TimelineState> {
    return this.#state;
  }

  /** The entries that pass the filters, in date order. */
  get visible(): readonly TimelineItem[] {
    return this.#visible;
  }

  /** Calls `listener` after every change, until `signal` aborts. */
  subscribe(listener: Listener, signal?: AbortSignal): void {
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  #commit(next: Partial<TimelineState>, change: Partial<Change>): void {
    this.#state = { ...this.#state, ...next };
    const full = { ...NO_CHANGE, ...change };
    for (const listener of [...this.#listeners]) listener(full);
  }

  // ---- Filters ----

  /** Shows only the entries that pass `filters`; an open entry they hide is closed. */
  setFilters(filters: Filters): void {
    let { fromYear, toYear } = filters;
    if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
    this.#filter({ ...filters, fromYear, toYear });
    const { selected } = this.#state;
    const hidden = selected !== null && !this.#visible.some((item) => item.id === selected);
    const focusMoved = this.#refocus();
    this.#commit(
      { selected: hidden ? null : selected, focused: focusMoved ? focusMoved.to : this.#state.focused },
      { filters: true, selection: hidden, focus: focusMoved !== null, focusMoved },
    );
  }

  /** Where focus goes when the filters hide the focused entry: the visible entry nearest to it in time. */
  #refocus(): Change['focusMoved'] {
    const id = this.#state.focused;
    if (id === null || this.#visible.some((item) => item.id === id)) return null;
    const hidden = this.items.find((item) => item.id === id);
    return hidden ? { from: id, to: nearestInTime(this.#visible, hidden)?.id ?? null } : null;
  }

  #filter(filters: Filters): void {
    const open = Object.values(filters).every((value) => value === null || (Array.isArray(value) && !value.length));
    const view = { ...EMPTY_VIEW, ...filters };
    this.#visible = open ? this.items : this.items.filter((item) => matchesFilters(item, view));
    this.#index = indexTimeline(this.#visible, this.#plan);
    this.#state = { ...this.#state, filters };
  }

  // ---- Rows ----

  /** The rows of the current grouping, top to bottom (with entries or not), and the row of each entry. */
  get rows(): RowPlan {
    return this.#plan;
  }

  /** Shares the entries out into rows by `group`; focus and the open entry stay where they are. */
  setGroup(group: Grouping): void {
    if (group === this.#state.group) return;
    this.#regroup(group);
    this.#commit({}, { group: true });
  }

  #regroup(group: Grouping): void {
    this.#plan = planRows(this.items, group);
    this.#index = indexTimeline(this.#visible, this.#plan);
    this.#state = { ...this.#state, group };
  }

  // ---- The window: zoom and pan ----

  /** Shows the period from `start` to `end`, kept within the scope and no narrower than the minimum. */
  setWindow(window: TimeWindow): void {
    const next = clampWindow(window, this.scope);
    if (next[0] === this.#state.window[0] && next[1] === this.#state.window[1]) return;
    this.#commit({ window: next }, { window: true });
  }

  /** Zooms by `factor` (above 1 zooms in) around the time `at`, else the focused entry, else the centre. */
  zoomBy(factor: number, at?: number): void {
    const focused = this.focusedItem();
    const around = at ?? (focused ? (focused.from + focused.to) / 2 : undefined);
    this.setWindow(zoomWindow(this.#state.window, factor, this.scope, around));
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** Moves by a fraction of the window: -0.5 shows half a window earlier. */
  panBy(fraction: number): void {
    this.setWindow(panWindow(this.#state.window, fraction, this.scope));
  }

  /** Shows the whole scope again. */
  reset(): void {
    this.setWindow(this.scope);
  }

  /** The time at `px` from the drawing's left edge, in the window shown. */
  timeAt(px: number): number {
    const [start, end] = this.#state.window;
    return start + (px / Math.max(1, this.#state.width)) * (end - start);
  }

  setWidth(width: number): void {
    if (width !== this.#state.width) this.#commit({ width }, { layout: true });
  }

  // ---- Focus: one entry at a time, in date order ----

  /** The focused entry, when it passes the filters. */
  focusedItem(): TimelineItem | undefined {
    const id = this.#state.focused;
    return id === null ? undefined : this.#visible.find((item) => item.id === id);
  }

  /** Focuses an entry; with `reveal`, first pans it into view if it is outside the window. */
  focus(id: string, reveal = true): void {
    const item = this.#visible.find((candidate) => candidate.id === id);
    if (!item) return;
    const window = reveal ? revealWindow(this.#state.window, item, this.scope) : this.#state.window;
    const moved = window[0] !== this.#state.window[0] || window[1] !== this.#state.window[1];
    if (id === this.#state.focused && !moved) return;
    this.#commit({ focused: id, window }, { focus: true, window: moved });
  }

  /** Moves focus `offset` entries on in date order, from the focused one (or from before the first). */
  focusBy(offset: number): void {
    const index = this.#visible.findIndex((item) => item.id === this.#state.focused);
    this.#focusAt(index + offset);
  }

  focusNext(): void {
    this.focusBy(1);
  }

  focusPrevious(): void {
    this.focusBy(-1);
  }

  focusFirst(): void {
    this.#focusAt(0);
  }

  focusLast(): void {
    this.#focusAt(this.#visible.length - 1);
  }

  #focusAt(index: number): void {
    const item = this.#visible[Math.max(0, Math.min(this.#visible.length - 1, index))];
    if (item) this.focus(item.id);
  }

  // ---- Selection ----

  /** Opens an entry's details (null closes them); the entry takes focus. */
  select(id: string | null): void {
    if (id !== null && !this.items.some((item) => item.id === id)) return;
    if (id === this.#state.selected) return;
    this.#commit({ selected: id, focused: id ?? this.#state.focused }, { selection: true, focus: id !== null });
  }

  /** Opens an entry, or closes it when it is the one open. */
  toggle(id: string): void {
    this.select(this.#state.selected === id ? null : id);
  }

  // ---- The whole view, as the URL holds it ----

  /** Applies a view read from the URL: filters, window, grouping and open entry. */
  apply(view: ViewState): void {
    const { window, selected, group, ...filters } = view;
    this.#filter(filters);
    if (group !== this.#state.group) this.#regroup(group);
    const open = selected !== null && this.items.some((item) => item.id === selected) ? selected : null;
    const focusMoved = open === null ? this.#refocus() : null;
    this.#commit(
      {
        window: clampWindow(window ? daysToWindow(window) : this.scope, this.scope),
        selected: open,
        focused: open ?? (focusMoved ? focusMoved.to : this.#state.focused),
      },
      { filters: true, window: true, selection: true, focus: true, group: true, focusMoved, origin: 'history' },
    );
  }

  /** The view as the URL writes it; the whole scope is no window at all. */
  toViewState(): ViewState {
    const { filters, window, selected, group } = this.#state;
    const whole = window[0] <= this.scope[0] && window[1] >= this.scope[1];
    return { ...filters, window: whole ? null : windowToDays(window), group, selected };
  }

  // ---- Drawing ----

  /** Sets how wide a label is, px; measuring again after fonts load redraws. */
  measureLabelsWith(labelWidth: LayoutOptions['labelWidth']): void {
    this.#labelWidth = labelWidth;
    this.#commit({}, { layout: true });
  }

  /** Draws again with nothing else changed: the colours or fonts in use did. */
  redraw(): void {
    this.#commit({}, { layout: true });
  }

  /** The layout and axis of the current state: only what overlaps the window. */
  frame(): TimelineFrame {
    // Every change replaces the state object (#commit, #filter, #regroup): the same object, the same frame.
    if (this.#frame?.state === this.#state) return this.#frame.frame;
    const { window, width } = this.#state;
    const options = layoutOptions(width, this.#labelWidth);
    const layout = layoutTimeline(this.#index, window, options, this.focusedItem() ?? null, this.#plan.rowOf);
    const runs = this.#state.group === 'series' ? runsInView(layout.items, isSeriesRow) : [];
    const frame = { layout, runs, ticks: axisTicks(window, width, this.lang) };
    this.#frame = { state: this.#state, frame };
    return frame;
  }
}
