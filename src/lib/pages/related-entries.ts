import { earliestDay } from '../../schemas/edtf';
import { citationsBySource, citingEntries } from '../dataset/lookups';
import { memoize } from '../memoize';
import { compareEvents } from '../dataset/order';
import type { EventEntry, SourceEntry } from '../content/model';
import { normaliseWhitespace } from '../content/quotes';

interface SharedSource {
  source: SourceEntry;
  /** The other entries citing it nearest in time to this one, in date order. */
  events: EventEntry[];
  /** How many more entries cite it than are listed. */
  more: number;
}

export interface RelatedEntries {
  /** For an anniversary: the other anniversaries of the same thing (same base title and date), in date order. */
  anniversaries: EventEntry[];
  /** For an entry of a series: the entries of the series just before and after it. */
  previousInSeries: EventEntry | null;
  nextInSeries: EventEntry | null;
  /** Per article source this entry cites: other entries citing it, each listed once on the page. */
  sharedSources: SharedSource[];
}

export interface RelatedOptions {
  /** At most this many entries per shared source. */
  perSource?: number;
}

/** What makes two anniversaries of the same thing: the base event's date and title, spacing and case aside. */
const anniversaryKey = (event: EventEntry): string | null =>
  event.data.anniversary === undefined
    ? null
    : `${event.data.anniversary.base.date} ${normaliseWhitespace(event.data.anniversary.base.title).toLowerCase()}`;

/** Position in a series: by number where both are numbered, otherwise by date. */
function compareInSeries(a: EventEntry, b: EventEntry): number {
  const x = a.data.series?.number;
  const y = b.data.series?.number;
  return x !== undefined && y !== undefined ? x - y : compareEvents(a, b);
}

/** Entries grouped by what relates them, in the order each list is shown (entries related by nothing under null). */
interface RelatedIndex {
  anniversaries: ReadonlyMap<string | null, readonly EventEntry[]>;
  series: ReadonlyMap<string | null, readonly EventEntry[]>;
}

/**
 * Built once per array of entries: every entry page of a build asks about the
 * same array, and scanning all entries for each page would make the build grow
 * with the square of the content.
 */
const relatedIndex = memoize((events: readonly EventEntry[]): RelatedIndex => {
  const anniversaries = Map.groupBy(events, anniversaryKey);
  const series = Map.groupBy(events, (event) => event.data.series?.id ?? null);
  for (const list of anniversaries.values()) list.sort(compareEvents);
  for (const list of series.values()) list.sort(compareInSeries);
  return { anniversaries, series };
});

function neighboursInSeries(event: EventEntry, index: RelatedIndex) {
  const id = event.data.series?.id;
  if (id === undefined) return { previousInSeries: null, nextInSeries: null };
  const members = index.series.get(id) ?? [];
  const at = members.findIndex((other) => other.id === event.id);
  return { previousInSeries: members[at - 1] ?? null, nextInSeries: members[at + 1] ?? null };
}

/** The entries a reader of one entry's page may want next; pure, over plain entries. */
export function relatedEntries(
  event: EventEntry,
  events: readonly EventEntry[],
  sourcesById: ReadonlyMap<string, SourceEntry>,
  { perSource = 4 }: RelatedOptions = {},
): RelatedEntries {
  const index = relatedIndex(events);
  const citations = citationsBySource(events);
  const key = anniversaryKey(event);
  const anniversaries =
    key === null ? [] : (index.anniversaries.get(key) ?? []).filter((other) => other.id !== event.id);
  const { previousInSeries, nextInSeries } = neighboursInSeries(event, index);

  const listed = new Set([event.id, ...anniversaries.map((e) => e.id)]);
  if (previousInSeries) listed.add(previousInSeries.id);
  if (nextInSeries) listed.add(nextInSeries.id);

  const start = earliestDay(event.data.start);
  const sharedSources: SharedSource[] = [];
  for (const sourceId of new Set(event.data.sources.map((citation) => citation.source))) {
    const source = sourcesById.get(sourceId);
    if (source?.data.type !== 'article') continue;
    const citing = citingEntries(citations.get(sourceId) ?? []).filter((other) => !listed.has(other.id));
    if (citing.length === 0) continue;
    const nearest = citing
      .sort(
        (a, b) =>
          Math.abs(earliestDay(a.data.start) - start) - Math.abs(earliestDay(b.data.start) - start) ||
          compareEvents(a, b),
      )
      .slice(0, perSource)
      .sort(compareEvents);
    for (const other of nearest) listed.add(other.id);
    sharedSources.push({ source, events: nearest, more: citing.length - nearest.length });
  }
  return { anniversaries, previousInSeries, nextInSeries, sharedSources };
}

/** Whether there is anything related to show. */
export function hasRelated({ anniversaries, previousInSeries, nextInSeries, sharedSources }: RelatedEntries): boolean {
  return anniversaries.length > 0 || previousInSeries !== null || nextInSeries !== null || sharedSources.length > 0;
}
