import { earliestDay } from '../dates/edtf';
import { compareEvents } from '../export/events-json';
import type { EventEntry, SourceEntry } from '../content/model';
import { normaliseWhitespace } from '../content/quotes';

export interface SharedSource {
  source: SourceEntry;
  /** The other entries citing it nearest in time to this one, in date order. */
  events: EventEntry[];
  /** How many more entries cite it than are listed. */
  more: number;
}

export interface RelatedEntries {
  /** For an anniversary: the other anniversaries of the same thing (same base title and date), in date order. */
  anniversaries: EventEntry[];
  /** For a rotation: the rotations of the same series just before and after it. */
  previousRotation: EventEntry | null;
  nextRotation: EventEntry | null;
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

function neighbouringRotations(event: EventEntry, events: readonly EventEntry[]) {
  const rotation = event.data.rotation;
  if (!rotation) return { previousRotation: null, nextRotation: null };
  let previousRotation: EventEntry | null = null;
  let nextRotation: EventEntry | null = null;
  for (const other of events) {
    const r = other.data.rotation;
    if (!r || r.series !== rotation.series || other.id === event.id) continue;
    if (r.number < rotation.number && (!previousRotation || r.number > (previousRotation.data.rotation?.number ?? 0)))
      previousRotation = other;
    if (r.number > rotation.number && (!nextRotation || r.number < (nextRotation.data.rotation?.number ?? Infinity)))
      nextRotation = other;
  }
  return { previousRotation, nextRotation };
}

/** The entries a reader of one entry's page may want next; pure, over plain entries. */
export function relatedEntries(
  event: EventEntry,
  events: readonly EventEntry[],
  sourcesById: ReadonlyMap<string, SourceEntry>,
  { perSource = 4 }: RelatedOptions = {},
): RelatedEntries {
  const anniversaries = events.filter((other) => other.id !== event.id && sameBase(event, other)).sort(compareEvents);
  const { previousRotation, nextRotation } = neighbouringRotations(event, events);

  const listed = new Set([event.id, ...anniversaries.map((e) => e.id)]);
  if (previousRotation) listed.add(previousRotation.id);
  if (nextRotation) listed.add(nextRotation.id);

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
  return { anniversaries, previousRotation, nextRotation, sharedSources };
}

/** Whether there is anything related to show. */
export function hasRelated({ anniversaries, previousRotation, nextRotation, sharedSources }: RelatedEntries): boolean {
  return anniversaries.length > 0 || previousRotation !== null || nextRotation !== null || sharedSources.length > 0;
}
