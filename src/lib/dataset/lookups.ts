import type { EventEntry, SourceEntry } from '../content/model';

/** One quote of a source, and the entry quoting it. */
export interface SourceCitation {
  quote: string;
  event: EventEntry;
}

const bySource = new WeakMap<readonly EventEntry[], ReadonlyMap<string, readonly SourceCitation[]>>();
const byId = new WeakMap<readonly SourceEntry[], ReadonlyMap<string, SourceEntry>>();

/**
 * Each source's quotes, in the order of `events` and then of each entry's
 * citations. Built once per array: every source page of a build asks it of
 * the same entries, and scanning them all per page grows with the square of
 * the content. Callers must not mutate the result.
 */
export function citationsBySource(events: readonly EventEntry[]): ReadonlyMap<string, readonly SourceCitation[]> {
  let index = bySource.get(events);
  if (!index) {
    const built = new Map<string, SourceCitation[]>();
    for (const event of events) {
      for (const { source, quote } of event.data.sources) {
        const list = built.get(source);
        if (list) list.push({ quote, event });
        else built.set(source, [{ quote, event }]);
      }
    }
    index = built;
    bySource.set(events, index);
  }
  return index;
}

/** The sources by id, built once per array (every entry page looks up the sources it cites). */
export function sourcesById(sources: readonly SourceEntry[]): ReadonlyMap<string, SourceEntry> {
  let index = byId.get(sources);
  if (!index) {
    index = new Map(sources.map((source) => [source.id, source]));
    byId.set(sources, index);
  }
  return index;
}
