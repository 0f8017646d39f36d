import type { Lang } from '../../i18n/editions';
import { titleIn } from '../content/localized';
import type { EventRecord } from '../../schemas/events-json';
import { edtfBounds, type Precision } from '../../schemas/edtf';

// Accessible names are written from the message catalogue, in date-format.ts.
export { accessibleLabel } from './date-format';

export const DAY_MS = 86_400_000;

/**
 * What the timeline needs of an event, derived from the published record:
 * small enough to inline in the page for every entry.
 */
export type TimelineDatum = Pick<EventRecord, 'id' | 'title' | 'kind' | 'type' | 'scope' | 'start' | 'end'> & {
  /** Partner ids; the filter compares them as strings. */
  partners: string[];
  /** The id of the series the entry belongs to, if any, and its number in it where the sources number it. */
  series: string | null;
  number: number | null;
  /** Whether the start or the end is reasoned rather than stated. */
  inferred: boolean;
};

/** A datum with its extent on the time axis and its accessible name. */
export interface TimelineItem extends TimelineDatum {
  /** Start of the first day the item could begin, UTC ms. */
  from: number;
  /** End of the last day the item could end (exclusive), UTC ms. */
  to: number;
  /** The start's precision: a month or year is drawn as the whole period it could be. */
  precision: Precision;
  /** One known day, drawn as a point rather than a span. */
  point: boolean;
  /**
   * Until when the item surely lasts, UTC ms: its end's first day when the end
   * is known only to the month or year (the rest is drawn hatched), else `to`.
   */
  certainTo: number;
}

/** The datum of a published record in one edition: its title in that edition's language, or the English one. */
export function toTimelineDatum(event: EventRecord, lang: Lang): TimelineDatum {
  return {
    id: event.id,
    title: titleIn(event, lang).text,
    kind: event.kind,
    type: event.type,
    scope: event.scope,
    partners: event.partners,
    series: event.series?.id ?? null,
    number: event.series?.number ?? null,
    start: event.start,
    end: event.end,
    inferred: event.startInferred !== null || event.endInferred !== null,
  };
}

export function toTimelineItem(datum: TimelineDatum): TimelineItem {
  const start = edtfBounds(datum.start);
  const end = datum.end === null ? null : edtfBounds(datum.end);
  const last = end === null ? start.last : end.last;
  // Written out field by field: every item has the same shape, which keeps 100,000 of them fast.
  return {
    id: datum.id,
    title: datum.title,
    kind: datum.kind,
    type: datum.type,
    scope: datum.scope,
    partners: datum.partners,
    series: datum.series,
    number: datum.number,
    start: datum.start,
    end: datum.end,
    inferred: datum.inferred,
    from: start.first,
    to: last + DAY_MS,
    precision: start.precision,
    point: datum.end === null && start.precision === 'day',
    certainTo: end === null || end.precision === 'day' ? last + DAY_MS : end.first,
  };
}

/**
 * Date order, as compareChronologically orders entries everywhere else, but on
 * the extents already computed: sorting 100,000 items must not re-parse dates.
 */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Items in date order: the order of keyboard focus, the same as the chronology's. */
export function sortItems(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort(compareItems);
}

/** The item starting nearest in time to `target`; of two as near, the earlier (date order is the order of focus). */
export function nearestInTime(items: readonly TimelineItem[], target: TimelineItem): TimelineItem | undefined {
  let nearest: TimelineItem | undefined;
  for (const item of items) {
    if (!nearest || Math.abs(item.from - target.from) < Math.abs(nearest.from - target.from)) nearest = item;
  }
  return nearest;
}
