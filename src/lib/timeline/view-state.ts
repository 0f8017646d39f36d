import { EVENT_KINDS, EVENT_SCOPES, type EventKind } from '../../schemas/vocabulary/lanes';
import { EVENT_TYPES, type EventType } from '../../schemas/vocabulary/types';
import type { EventRecord } from '../../schemas/events-json';
import { isEdtf, earliestDay, latestDay } from '../../schemas/edtf';
import { DAY_MS, type TimelineDatum } from './timeline-item';
import { DEFAULT_GROUPING, GROUPINGS, type Grouping } from '../../schemas/vocabulary/groupings';

type Scope = EventRecord['scope'];

/**
 * Everything a reader can change, as it lives in the URL: filters, the time
 * window, the grouping into rows and the selected entry. Absent means "no
 * restriction" (and the grouping by kind).
 */
export interface ViewState {
  kinds: EventKind[];
  types: EventType[];
  partners: string[];
  series: string[];
  scopes: Scope[];
  fromYear: number | null;
  toYear: number | null;
  /** Visible window as EDTF day strings, start and end inclusive. */
  window: [string, string] | null;
  group: Grouping;
  selected: string | null;
}

export const EMPTY_VIEW: ViewState = {
  kinds: [],
  types: [],
  partners: [],
  series: [],
  scopes: [],
  fromYear: null,
  toYear: null,
  window: null,
  group: DEFAULT_GROUPING,
  selected: null,
};

function listParam<T extends string>(params: URLSearchParams, name: string, allowed?: readonly T[]): T[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const valid = allowed ? values.filter((value): value is T => (allowed as readonly string[]).includes(value)) : values;
  return [...new Set(valid as T[])].sort();
}

function yearParam(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  return value !== null && /^\d{4}$/u.test(value) ? Number(value) : null;
}

/** Reads a view from a query string, ignoring what it does not understand. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const [start, end] = (params.get('window') ?? '').split('/');
  const window: [string, string] | null =
    start &&
    end &&
    /^\d{4}-\d{2}-\d{2}$/u.test(start) &&
    /^\d{4}-\d{2}-\d{2}$/u.test(end) &&
    isEdtf(start) &&
    isEdtf(end) &&
    start < end
      ? [start, end]
      : null;
  const selected = params.get('item');
  const group = GROUPINGS.find((grouping) => grouping === params.get('group')) ?? DEFAULT_GROUPING;
  return {
    kinds: listParam(params, 'kind', EVENT_KINDS),
    types: listParam(params, 'type', EVENT_TYPES),
    partners: listParam(params, 'partner'),
    series: listParam(params, 'series'),
    scopes: listParam(params, 'scope', EVENT_SCOPES),
    fromYear: yearParam(params, 'from'),
    toYear: yearParam(params, 'to'),
    window,
    group,
    selected: selected && /^[a-z0-9-]+$/u.test(selected) ? selected : null,
  };
}

/** Writes a view as a query string in a fixed order, leaving out what is unrestricted. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.kinds.length) params.set('kind', [...state.kinds].sort().join(','));
  if (state.types.length) params.set('type', [...state.types].sort().join(','));
  if (state.partners.length) params.set('partner', [...state.partners].sort().join(','));
  if (state.series.length) params.set('series', [...state.series].sort().join(','));
  if (state.scopes.length) params.set('scope', [...state.scopes].sort().join(','));
  if (state.fromYear !== null) params.set('from', String(state.fromYear));
  if (state.toYear !== null) params.set('to', String(state.toYear));
  if (state.window) params.set('window', state.window.join('/'));
  if (state.group !== DEFAULT_GROUPING) params.set('group', state.group);
  if (state.selected) params.set('item', state.selected);
  const text = params.toString().replace(/%2C/gu, ',').replace(/%2F/gu, '/');
  return text ? `?${text}` : '';
}

/** Whether an entry passes the view's filters (the window does not filter, it only frames). */
export function matchesFilters(datum: TimelineDatum, state: ViewState): boolean {
  if (state.kinds.length && !state.kinds.includes(datum.kind)) return false;
  if (state.types.length && !state.types.includes(datum.type)) return false;
  if (state.scopes.length && !state.scopes.includes(datum.scope)) return false;
  if (state.partners.length && !datum.partners.some((p) => state.partners.includes(p))) return false;
  if (state.series.length && (datum.series === null || !state.series.includes(datum.series))) return false;
  if (state.fromYear !== null && latestDay(datum.end ?? datum.start) < Date.UTC(state.fromYear, 0, 1)) return false;
  if (state.toYear !== null && earliestDay(datum.start) >= Date.UTC(state.toYear + 1, 0, 1)) return false;
  return true;
}

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A window in ms (end exclusive) as the URL's inclusive days. */
export function windowToDays(window: readonly [number, number]): [string, string] {
  return [toDay(window[0]), toDay(window[1] - DAY_MS)];
}

export function daysToWindow(days: readonly [string, string]): [number, number] {
  return [earliestDay(days[0]), latestDay(days[1]) + DAY_MS];
}
