import type { EventRecord } from '../../src/schemas/events-json';

/** The site and base path the exporter tests publish under: a mirror, to check the base is kept. */
export const SITE = 'https://mirror.example.net';
export const BASE = '/mirror/timeline/';

/** A valid event record (a review conference in Hanoi) with the given id and changes. */
export function eventRecord(id: string, overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    title: `Title of ${id}`,
    kind: 'event',
    type: 'review-conference',
    start: '2024-01-09',
    end: null,
    startInferred: null,
    endInferred: null,
    disagreement: null,
    place: 'Hanoi',
    partners: [],
    scope: 'national',
    status: 'held',
    series: null,
    direction: null,
    level: null,
    role: null,
    format: null,
    people: [],
    anniversary: null,
    rotation: null,
    sources: [{ source: 'source-a', quote: 'a quote', supports: ['event'] }],
    vi: null,
    precision: 'day',
    summary: 'A conference was held.',
    url: `${BASE}events/${id}/`,
    ...overrides,
  };
}
