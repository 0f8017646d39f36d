import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarSpan, calendarStamp, precisionPrefix, toEventsCalendar } from '../../src/lib/export/events-ics';
import { EventsJson, type SourceRecord } from '../../src/schemas/events-json';
import { BASE, SITE, eventRecord } from '../helpers/event-records';

function sourceRecord(id: string, title: string, published: string | null): SourceRecord {
  return {
    id,
    type: 'article',
    title,
    publisher: 'Vietnam News Agency (VNA)',
    mirror: null,
    published,
    language: 'en',
    url: `https://news.example.org/${id}`,
    publisherKind: 'unknown',
    page: `${BASE}sources/${id}/`,
  };
}

const JSON_DATA: EventsJson = {
  version: '1.0.0',
  updated: '2026-11-28',
  events: [
    eventRecord('asean-chairmanship-2020', { start: '2020', precision: 'year', type: 'multilateral-meeting' }),
    eventRecord('defence-expo-2022', {
      title: 'Vietnam International Defence Expo 2022',
      type: 'defence-industry-expo',
      start: '2022-12-08',
      end: '2022-12-10',
      place: 'Gia Lam Airport, Hanoi',
      summary: 'The **first** expo, at [Gia Lam](https://example.org/gia-lam).',
      sources: [
        { source: 'source-b', quote: 'first passage', supports: ['event'] },
        { source: 'source-a', quote: 'a quote', supports: ['event'] },
        { source: 'source-b', quote: 'second passage', supports: ['event'] },
      ],
    }),
    eventRecord('review-conference-2023-first-half', {
      start: '2023-02',
      precision: 'month',
      startInferred: 'The report is dated February 2023 and gives no day.',
    }),
    eventRecord('engineering-unit-rotation-1', {
      kind: 'rotation',
      type: 'peacekeeping-deployment',
      start: '2022-04-27',
      end: '2023',
      series: { id: 'engineering-unit', number: 1 },
      rotation: { mission: 'UNISFA', place: 'Abyei' },
    }),
    eventRecord('review-conference-2023', { start: '2024-01-09' }),
    eventRecord('dien-bien-phu-victory-70th-anniversary', {
      kind: 'anniversary',
      type: 'anniversary',
      start: '2024-05-07',
      anniversary: { ordinal: 70, base: { title: 'Dien Bien Phu Victory', date: '1954-05-07' } },
    }),
  ],
  sources: [
    sourceRecord('source-a', 'Defence diplomacy helps improve the army’s position', '2024-06-10'),
    sourceRecord('source-b', 'Vietnam holds first defence expo', '2022-12-08'),
  ],
};

interface ParsedEvent {
  uid: string;
  start: ICAL.Time;
  end: ICAL.Time;
  summary: string;
  description: string;
  location: string;
  url: string;
  stamp: ICAL.Time;
  hasRecurrence: boolean;
}

/** Reads the calendar back with ical.js, a parser independent of the generator. */
function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    start: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: vevent.getFirstPropertyValue('dtend') as ICAL.Time,
    summary: String(vevent.getFirstPropertyValue('summary')),
    description: String(vevent.getFirstPropertyValue('description')),
    location: String(vevent.getFirstPropertyValue('location')),
    url: String(vevent.getFirstPropertyValue('url')),
    stamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time,
    hasRecurrence: vevent.hasProperty('rrule'),
  }));
}

const uidOf = (id: string) => `${id}@mirror.example.net`;

describe('toEventsCalendar', () => {
  const text = toEventsCalendar(JSON_DATA, { name: 'Test site', site: SITE });
  const events = parseCalendar(text);
  const byUid = new Map(events.map((event) => [event.uid, event]));

  it('is built from data that the events.json schema accepts', () => {
    expect(EventsJson.safeParse(JSON_DATA).success).toBe(true);
  });

  it('gives one all-day VEVENT per entry, which ical.js parses, with DATE values for its start and end', () => {
    expect(events.map((event) => event.uid)).toEqual(JSON_DATA.events.map((event) => uidOf(event.id)));
    for (const event of events) {
      expect(event.start.isDate, event.uid).toBe(true);
      expect(event.end.isDate, event.uid).toBe(true);
    }
    expect(text).toContain('DTSTART;VALUE=DATE:20240109\r\n');
  });

  it('ends a one-day entry the next day and a range the day after its last day, since DTEND is exclusive', () => {
    const oneDay = byUid.get(uidOf('review-conference-2023'))!;
    expect([oneDay.start.toString(), oneDay.end.toString()]).toEqual(['2024-01-09', '2024-01-10']);
    const range = byUid.get(uidOf('defence-expo-2022'))!;
    expect([range.start.toString(), range.end.toString()]).toEqual(['2022-12-08', '2022-12-11']);
  });

  it('spans the whole month or year of an entry known only to the month or year, and says so in its summary', () => {
    const month = byUid.get(uidOf('review-conference-2023-first-half'))!;
    expect([month.start.toString(), month.end.toString()]).toEqual(['2023-02-01', '2023-03-01']);
    expect(month.summary).toBe('(month known) Title of review-conference-2023-first-half');
    const year = byUid.get(uidOf('asean-chairmanship-2020'))!;
    expect([year.start.toString(), year.end.toString()]).toEqual(['2020-01-01', '2021-01-01']);
    expect(year.summary).toBe('(year known) Title of asean-chairmanship-2020');
  });

  it('runs an entry whose end is known only to the year to the end of that year, saying "(end year known)"', () => {
    const rotation = byUid.get(uidOf('engineering-unit-rotation-1'))!;
    expect([rotation.start.toString(), rotation.end.toString()]).toEqual(['2022-04-27', '2024-01-01']);
    expect(rotation.summary).toBe('(end year known) Title of engineering-unit-rotation-1');
  });

  it('keeps an anniversary one dated entry, without a yearly RRULE', () => {
    const anniversary = byUid.get(uidOf('dien-bien-phu-victory-70th-anniversary'))!;
    expect(anniversary.start.toString()).toBe('2024-05-07');
    expect(events.some((event) => event.hasRecurrence)).toBe(false);
  });

  it('links each entry to its page as an absolute URL that keeps the base path', () => {
    expect(byUid.get(uidOf('defence-expo-2022'))!.url).toBe(
      'https://mirror.example.net/mirror/timeline/events/defence-expo-2022/',
    );
  });

  it('describes an entry by its plain-text summary and the titles of its sources, each once, and places it', () => {
    const expo = byUid.get(uidOf('defence-expo-2022'))!;
    expect(expo.description).toBe(
      'The first expo, at Gia Lam.\n\nSources:\n- Vietnam holds first defence expo\n- Defence diplomacy helps improve the army’s position',
    );
    expect(expo.location).toBe('Gia Lam Airport, Hanoi');
  });

  it('gives the reasoning behind an inferred date in the description', () => {
    expect(byUid.get(uidOf('review-conference-2023-first-half'))!.description).toContain(
      'Start inferred: The report is dated February 2023 and gives no day.',
    );
  });

  it('stamps every entry with the latest date in the data, here a source published on 10 June 2024', () => {
    for (const event of events) expect(event.stamp.toString(), event.uid).toBe('2024-06-10T00:00:00Z');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
  });
});

describe('the calendar’s independence from the machine', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the same bytes whatever the clock says', () => {
    vi.useFakeTimers({ now: new Date('2030-06-01T12:00:00Z') });
    const first = toEventsCalendar(JSON_DATA, { name: 'Test site', site: SITE });
    vi.setSystemTime(new Date('2041-11-30T23:59:59Z'));
    expect(toEventsCalendar(JSON_DATA, { name: 'Test site', site: SITE })).toBe(first);
  });
});

describe('calendar helpers', () => {
  it('calendarSpan runs from the first possible day to the day after the last possible day', () => {
    expect(calendarSpan('2024-02', null)).toEqual({
      firstDay: new Date('2024-02-01T00:00:00Z'),
      dayAfterLastDay: new Date('2024-03-01T00:00:00Z'),
    });
    expect(calendarSpan('2024-12-31', null).dayAfterLastDay).toEqual(new Date('2025-01-01T00:00:00Z'));
  });

  it('precisionPrefix says nothing for an entry known to the day at both ends', () => {
    expect(precisionPrefix('2024-01-09', null)).toBe('');
    expect(precisionPrefix('2024-01-09', '2024-01-11')).toBe('');
    expect(precisionPrefix('2024-01-09', '2024-02')).toBe('(end month known) ');
  });

  it('calendarStamp takes a year-only date at its first day, never a day that may not have come yet', () => {
    const onlyYear: EventsJson = {
      version: null,
      updated: null,
      events: [eventRecord('x', { start: '2025', precision: 'year' })],
      sources: [],
    };
    expect(calendarStamp(onlyYear)).toEqual(new Date('2025-01-01T00:00:00Z'));
  });
});
