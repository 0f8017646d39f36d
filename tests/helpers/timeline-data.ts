import type { EventEntry } from '../../src/lib/content/model';
import type { TimelineDatum } from '../../src/lib/timeline/timeline-item';

/** A timeline datum of a one-day national event, with the given changes. */
export function datum(id: string, start: string, changes: Partial<TimelineDatum> = {}): TimelineDatum {
  return {
    id,
    title: id,
    kind: 'event',
    type: 'defence-industry-expo',
    scope: 'national',
    partners: [],
    series: null,
    number: null,
    start,
    end: null,
    inferred: false,
    ...changes,
  };
}

/** A content entry (a multilateral meeting in Hanoi, citing one reference) with the given changes to its data. */
export function eventEntry(id: string, start: string, data: Partial<EventEntry['data']> = {}): EventEntry {
  return {
    id,
    file: `content/events/${id}.md`,
    body: '',
    data: {
      title: id,
      kind: 'event',
      type: 'multilateral-meeting',
      start,
      place: 'Hanoi',
      partners: [],
      scope: 'multilateral',
      status: 'held',
      people: [],
      sources: [{ source: 'ref', quote: 'q', supports: ['event'] }],
      ...data,
    },
  };
}
