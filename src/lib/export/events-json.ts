import { compareChronologically } from '../dates/chronological-order';
import { precisionOf } from '../dates/edtf';
import type { Content, EventEntry, SourceEntry } from '../content/model';
import type { EventRecord, EventsJson, SourceRecord } from '../../schemas/events-json';

const known = <T>(value: T | 'unknown'): T | null => (value === 'unknown' ? null : value);

export function compareEvents(a: EventEntry, b: EventEntry): number {
  return compareChronologically({ id: a.id, ...a.data }, { id: b.id, ...b.data });
}

const sortedEvents = new WeakMap<readonly EventEntry[], EventEntry[]>();

/**
 * Events in chronological order. Every page of a build asks this of the same
 * array, so the order is computed once per array (10,000 pages must not sort
 * 10,000 entries each). Callers must not mutate the result.
 */
export function sortEvents(events: readonly EventEntry[]): EventEntry[] {
  let sorted = sortedEvents.get(events);
  if (!sorted) {
    sorted = [...events].sort(compareEvents);
    sortedEvents.set(events, sorted);
  }
  return sorted;
}

export function sortSources(sources: readonly SourceEntry[]): SourceEntry[] {
  return [...sources].sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

/** Builds the page path of an entry under the site's base, e.g. "/mirror/events/x/". */
export function entryPath(base: string, collection: 'events' | 'sources', id: string): string {
  return `${base.replace(/\/?$/u, '/')}${collection}/${id}/`;
}

export function toEventRecord({ id, data, body }: EventEntry, base: string): EventRecord {
  // Keys are written in one fixed order so that the file is byte-identical between builds.
  return {
    id,
    title: data.title,
    kind: data.kind,
    type: data.type,
    start: data.start,
    end: data.end ?? null,
    precision: precisionOf(data.start),
    dateInferred: data.dateInferred ?? null,
    place: data.place,
    partners: data.partners,
    scope: data.scope,
    status: data.status,
    people: data.people.map((p) => ({ ...p })),
    summary: body.trim(),
    url: entryPath(base, 'events', id),
    sources: data.sources.map(({ source, quote }) => ({ source, quote })),
    ...(data.anniversary && {
      anniversary: {
        ordinal: data.anniversary.ordinal,
        base: { title: data.anniversary.base.title, date: data.anniversary.base.date },
      },
    }),
    ...(data.rotation && {
      rotation: {
        series: data.rotation.series,
        number: data.rotation.number,
        mission: data.rotation.mission,
        place: data.rotation.place,
      },
    }),
  };
}

export function toSourceRecord({ id, data }: SourceEntry, base: string): SourceRecord {
  const published = known(data.published);
  return {
    id,
    type: data.type,
    title: data.title,
    publisher: known(data.publisher),
    published: published ? published.date : null,
    url: known(data.url),
    page: entryPath(base, 'sources', id),
  };
}

export function toEventsJson(content: Content, base: string): EventsJson {
  return {
    events: sortEvents(content.events).map((event) => toEventRecord(event, base)),
    sources: sortSources(content.sources).map((source) => toSourceRecord(source, base)),
  };
}
