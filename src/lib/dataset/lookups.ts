import type { EventEntry, SourceEntry } from '../content/model';
import { memoize } from '../memoize';

/** One quote of a source, and the entry quoting it. */
export interface SourceCitation {
  quote: string;
  event: EventEntry;
}

/**
 * Each source's quotes, in the order of `events` and then of each entry's
 * citations. Built once per array: every source page of a build asks it of
 * the same entries, and scanning them all per page grows with the square of
 * the content.
 */
export const citationsBySource: (events: readonly EventEntry[]) => ReadonlyMap<string, readonly SourceCitation[]> =
  memoize((events: readonly EventEntry[]) =>
    Map.groupBy(
      events.flatMap((event) => event.data.sources.map(({ source, quote }) => ({ source, quote, event }))),
      (citation) => citation.source,
    ),
  );

/** The entries of `citations`, each once, in the order they first cite. */
export function citingEntries(citations: readonly SourceCitation[]): EventEntry[] {
  return [...new Set(citations.map((citation) => citation.event))];
}

/** The sources by id, built once per array (every entry page looks up the sources it cites). */
export const sourceIndex: (sources: readonly SourceEntry[]) => ReadonlyMap<string, SourceEntry> = memoize(
  (sources: readonly SourceEntry[]) => new Map(sources.map((source) => [source.id, source])),
);
