import { ROTATION_SERIES } from '../../schemas/vocabulary/series';
import type { EventEntry, SourceEntry } from '../content/model';
import { compareChronologically } from '../dates/chronological-order';
import { memoize } from '../memoize';

/**
 * Each rotation with no known end, mapped to the next rotation of its series:
 * its end is taken as that successor's start (marked inferred in the data).
 */
export function rotationSuccessors(events: readonly EventEntry[]): Map<string, EventEntry> {
  const successors = new Map<string, EventEntry>();
  for (const series of ROTATION_SERIES) {
    const rotations = events
      .filter((event) => event.data.series?.id === series && event.data.series.number !== undefined)
      .sort((a, b) => (a.data.series?.number ?? 0) - (b.data.series?.number ?? 0));
    rotations.forEach((rotation, index) => {
      const next = rotations[index + 1];
      if (rotation.data.end === undefined && next !== undefined) successors.set(rotation.id, next);
    });
  }
  return successors;
}

/**
 * Events in the one chronological order of the site (pages, data files,
 * keyboard focus), counting a rotation's inferred end. Every page of a build
 * asks this of the same array, so the order is computed once per array
 * (10,000 pages must not sort 10,000 entries each). Callers must not mutate
 * the result.
 */
export const sortEvents: (events: readonly EventEntry[]) => EventEntry[] = memoize((events: readonly EventEntry[]) => {
  const successors = rotationSuccessors(events);
  const dated = (event: EventEntry) => ({
    id: event.id,
    start: event.data.start,
    end: event.data.end ?? successors.get(event.id)?.data.start,
  });
  return [...events].sort((a, b) => compareChronologically(dated(a), dated(b)));
});

/** Date order of two entries on their own dates, for lists that are not the whole content. */
export function compareEvents(a: EventEntry, b: EventEntry): number {
  return compareChronologically({ id: a.id, ...a.data }, { id: b.id, ...b.data });
}

export function sortSources(sources: readonly SourceEntry[]): SourceEntry[] {
  return [...sources].sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
