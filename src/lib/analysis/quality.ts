import type { EventsJson } from '../../schemas/events-json';
import type { Precision } from '../../schemas/edtf';
import type { PublisherKind } from '../../schemas/vocabulary/publishers';

/** How well the dataset is sourced and dated: the analysis page's data-quality panel. */
export interface DataQuality {
  entries: number;
  sources: number;
  /** Entries citing two or more distinct sources. */
  withTwoSources: number;
  /** Entries citing at least one source published by an official body (see the publisher kinds). */
  withOfficialSource: number;
  /** Sources by the kind of their publisher. */
  sourceKinds: { kind: PublisherKind; sources: number }[];
  /** Entries by the precision of their start. */
  byPrecision: Record<Precision, number>;
  /** Entries whose start or end is reasoned rather than read. */
  inferred: number;
  /** Entries whose sources disagree, and say so. */
  disagreements: number;
  /** The publishers cited most, with how many sources each. */
  publishers: { publisher: string; sources: number }[];
  /** Sources by the language of their text. */
  sourceLanguages: { language: string; sources: number }[];
  /** The first and last start of the entries (EDTF). */
  window: { first: string; last: string } | null;
  version: string | null;
  updated: string | null;
}

/** How many times each key occurs, most first (ties by key). */
function tally(keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function dataQuality(json: EventsJson): DataQuality {
  const byPrecision: Record<Precision, number> = { day: 0, month: 0, year: 0 };
  for (const event of json.events) byPrecision[event.precision] += 1;
  const starts = json.events.map((event) => event.start);
  const official = new Set(json.sources.filter((s) => s.publisherKind === 'official').map((s) => s.id));
  return {
    entries: json.events.length,
    sources: json.sources.length,
    withTwoSources: json.events.filter((event) => new Set(event.sources.map((cited) => cited.source)).size >= 2).length,
    withOfficialSource: json.events.filter((event) => event.sources.some((cited) => official.has(cited.source))).length,
    sourceKinds: tally(json.sources.map((source) => source.publisherKind)).map(([kind, sources]) => ({
      kind: kind as PublisherKind,
      sources,
    })),
    byPrecision,
    inferred: json.events.filter((event) => event.startInferred !== null || event.endInferred !== null).length,
    disagreements: json.events.filter((event) => event.disagreement !== null).length,
    publishers: tally(json.sources.flatMap(({ publisher }) => (publisher === null ? [] : [publisher])))
      .slice(0, 10)
      .map(([publisher, sources]) => ({ publisher, sources })),
    sourceLanguages: tally(json.sources.map((source) => source.language)).map(([language, sources]) => ({
      language,
      sources,
    })),
    window:
      starts.length === 0
        ? null
        : { first: starts.reduce((a, b) => (a < b ? a : b)), last: starts.reduce((a, b) => (a > b ? a : b)) },
    version: json.version,
    updated: json.updated,
  };
}
