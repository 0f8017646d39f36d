import { earliestDay } from '../../schemas/edtf';
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

const sameBase = (a: EventEntry, b: EventEntry): boolean =>
  a.data.anniversary !== undefined &&
  b.data.anniversary !== undefined &&
  a.data.anniversary.base.date === b.data.anniversary.base.date &&
  normaliseWhitespace(a.data.anniversary.base.title).toLowerCase() ===
    normaliseWhitespace(b.data.anniversary.base.title).toLowerCase();

/** Position in a series: by number where both are numbered, otherwise by date. */
function compareInSeries(a: EventEntry, b: EventEntry): number {
  const x = a.data.series?.number;
  const y = b.data.series?.number;
  return x !== undefined && y !== undefined ? x - y : compareEvents(a, b);
}

function neighboursInSeries(event: EventEntry, events: readonly EventEntry[]) {
  const id = event.data.series?.id;
  if (id === undefined) return { previousInSeries: null, nextInSeries: null };
  const members = events.filter((other) => other.data.series?.id === id).sort(compareInSeries);
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
  const anniversaries = events.filter((other) => other.id !== event.id && sameBase(event, other)).sort(compareEvents);
  const { previousInSeries, nextInSeries } = neighboursInSeries(event, events);

  const listed = new Set([event.id, ...anniversaries.map((e) => e.id)]);
  if (previousInSeries) listed.add(previousInSeries.id);
  if (nextInSeries) listed.add(nextInSeries.id);

  const start = earliestDay(event.data.start);
  const sharedSources: SharedSource[] = [];
  for (const sourceId of new Set(event.data.sources.map((citation) => citation.source))) {
    const source = sourcesById.get(sourceId);
    if (source?.data.type !== 'article') continue;
    const citing = events.filter(
      (other) => !listed.has(other.id) && other.data.sources.some((citation) => citation.source === sourceId),
    );
    if (citing.length === 0) continue;
    const nearest = [...citing]
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
