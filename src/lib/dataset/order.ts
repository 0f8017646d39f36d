import type { EventEntry, SourceEntry } from '../content/model';
import { compareChronologically } from '../dates/chronological-order';

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
