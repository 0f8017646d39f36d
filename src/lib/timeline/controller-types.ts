/** The controller's state and the changes it announces: what bindings and the render layer read. */
import type { Grouping } from '../../schemas/vocabulary/groupings';
import type { TimelineLayout } from './layout';
import type { SeriesRun } from './layout-runs';
import type { AxisTick } from './time-scale';
import type { ViewState } from './view-state';

export type Filters = Omit<ViewState, 'window' | 'selected' | 'group'>;

export interface TimelineState {
  filters: Filters;
  /** The period shown, [start, end) in UTC ms. */
  window: [number, number];
  /** The entry whose details are open. */
  selected: string | null;
  /** The entry that has (or last had) keyboard focus: the timeline's one tab stop. */
  focused: string | null;
  /** How entries are shared out into rows. */
  group: Grouping;
  /** Width of the drawing, px (0 until known). */
  width: number;
}

/** What one action changed; `origin` is "history" when the view came from the URL (load, back, forward). */
export interface Change {
  filters: boolean;
  window: boolean;
  selection: boolean;
  focus: boolean;
  /** The rows changed: entries are grouped another way. */
  group: boolean;
  /** Only the drawing changed: its width, or how labels measure. */
  layout: boolean;
  /** The filters hid the focused entry: focus moved to the visible one nearest in time (null: none left). */
  focusMoved: { from: string; to: string | null } | null;
  origin: 'reader' | 'history';
}

export type Listener = (change: Change) => void;

/** What the render layer draws for the current state. */
export interface TimelineFrame {
  layout: TimelineLayout;
  /** In rows by series: each series' marks joined in date order. */
  runs: SeriesRun[];
  ticks: AxisTick[];
}
