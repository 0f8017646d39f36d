import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { EVENTS_CSV_COLUMNS, guardCsvCell, toEventsCsv } from '../../src/lib/export/events-csv';
import { LIST_SEPARATOR } from '../../src/lib/export/record-columns';
import { EventsJson, type EventRecord } from '../../src/schemas/events-json';
import { SITE, eventRecord } from '../helpers/event-records';

const EVENTS: EventRecord[] = [
  eventRecord('defence-expo-2022', {
    title: 'Vietnam International Defence Expo 2022',
    type: 'defence-industry-expo',
    start: '2022-12-08',
    end: '2022-12-10',
    place: 'Gia Lam Airport, Hanoi',
    partners: ['la', 'kh'],
    scope: 'multilateral',
    summary: 'Held at Gia Lam, "the first" expo.\nA second line.',
    sources: [
      { source: 'source-b', quote: 'first passage', supports: ['event'] },
      { source: 'source-a', quote: 'a quote', supports: ['event'] },
      { source: 'source-b', quote: 'second passage', supports: ['event'] },
    ],
  }),
  eventRecord('review-conference-2023-first-half', {
    start: '2023-07',
    precision: 'month',
    startInferred: 'The report is dated July 2023 and gives no day.',
  }),
  eventRecord('dien-bien-phu-victory-70th-anniversary', {
    title: '70th anniversary of the Dien Bien Phu Victory',
    kind: 'anniversary',
    type: 'anniversary',
    start: '2024-05-07',
    anniversary: { ordinal: 70, base: { title: 'Dien Bien Phu Victory', date: '1954-05-07' } },
  }),
  eventRecord('engineering-unit-rotation-2', {
    title: 'Engineering Unit Rotation 2',
    kind: 'rotation',
    type: 'peacekeeping-deployment',
    start: '2023-08-08',
    end: '2024-09',
    place: 'Abyei',
    partners: ['unisfa'],
    scope: 'multilateral',
    series: { id: 'engineering-unit', number: 2 },
    rotation: { mission: 'UNISFA', place: 'Abyei' },
  }),
  eventRecord('formula-attempt', {
    title: '=HYPERLINK("https://evil.example","open")',
    place: '+84 Hanoi',
    disagreement: '-Laos',
    startInferred: '\tindented reasoning',
    summary: '@SUM(A1:A9)',
  }),
];

describe('toEventsCsv', () => {
  const csv = toEventsCsv(EVENTS, (path) => new URL(path, SITE).href);
  // Spreadsheets need the byte-order mark; a CSV parser sees it as part of the first header.
  const rows = csvParse(csv.slice(1));

  it('starts with a UTF-8 byte-order mark, so that spreadsheet programs keep diacritics and dashes', () => {
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
  });

  it('is built from records that the events.json schema accepts', () => {
    expect(EventsJson.safeParse({ version: '1.0.0', updated: '2026-11-28', events: EVENTS, sources: [] }).success).toBe(
      true,
    );
  });

  it('starts with a header row naming the documented columns, in order: every field of a record, flattened', () => {
    expect(csv.slice(1, csv.indexOf('\r\n')).split(',')).toEqual([
      'id',
      'title',
      'kind',
      'type',
      'start',
      'end',
      'start_inferred',
      'end_inferred',
      'disagreement',
      'place',
      'partners',
      'scope',
      'status',
      'series_id',
      'series_number',
      'direction',
      'level_vietnam',
      'level_partner',
      'role',
      'format',
      'people',
      'anniversary_ordinal',
      'anniversary_base_title',
      'anniversary_base_date',
      'rotation_mission',
      'rotation_place',
      'sources',
      'vi_title',
      'vi_summary',
      'vi_place',
      'precision',
      'summary',
      'url',
    ]);
  });

  it('derives its columns from the record schema, each with the schema’s description', () => {
    expect(EVENTS_CSV_COLUMNS.filter((column) => !column.description).map((column) => column.name)).toEqual([]);
  });

  it('ends every record, the last one included, with CRLF, leaving line feeds only inside quoted cells', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/gu, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/u);
    expect(outsideQuotes.split('\r\n')).toHaveLength(EVENTS.length + 2);
  });

  it('quotes a cell holding a comma, a double quote or a line break, doubling the double quotes', () => {
    expect(csv).toContain('"Held at Gia Lam, ""the first"" expo.\nA second line."');
    expect(csv).toContain(',"Gia Lam Airport, Hanoi",');
  });

  it('parses back with d3-dsv csvParse to one row per entry with the same values as events.json', () => {
    expect(rows).toHaveLength(EVENTS.length);
    const ordinary = EVENTS.filter((event) => event.id !== 'formula-attempt');
    for (const event of ordinary) {
      const row = rows.find((candidate) => candidate['id'] === event.id)!;
      expect(row, event.id).toMatchObject({
        title: event.title,
        kind: event.kind,
        type: event.type,
        start: event.start,
        end: event.end ?? '',
        precision: event.precision,
        start_inferred: event.startInferred ?? '',
        place: event.place,
        scope: event.scope,
        status: event.status,
        summary: event.summary,
      });
      expect(row['partners'] === '' ? [] : row['partners']!.split(LIST_SEPARATOR)).toEqual(event.partners);
    }
  });

  it('keeps the rows in the order given, which is events.json’s chronological order', () => {
    expect(rows.map((row) => row['id'])).toEqual(EVENTS.map((event) => event.id));
  });

  it('lists each cited source once, in the order first cited', () => {
    expect(rows[0]!['sources']).toBe('source-b; source-a');
  });

  it('fills the anniversary and rotation columns only for anniversaries and rotations', () => {
    const byId = new Map(rows.map((row) => [row['id'], row]));
    expect(byId.get('dien-bien-phu-victory-70th-anniversary')).toMatchObject({
      anniversary_ordinal: '70',
      anniversary_base_title: 'Dien Bien Phu Victory',
      anniversary_base_date: '1954-05-07',
      series_id: '',
      series_number: '',
    });
    expect(byId.get('engineering-unit-rotation-2')).toMatchObject({
      anniversary_ordinal: '',
      series_id: 'engineering-unit',
      series_number: '2',
      rotation_mission: 'UNISFA',
      rotation_place: 'Abyei',
    });
    expect(byId.get('defence-expo-2022')).toMatchObject({ anniversary_base_date: '', rotation_mission: '' });
  });

  it('makes entry URLs absolute against the site, keeping the base path the entry path carries', () => {
    expect(rows[0]!['url']).toBe('https://mirror.example.net/mirror/timeline/events/defence-expo-2022/');
  });

  it('prefixes an apostrophe to every cell a spreadsheet would run as a formula', () => {
    const row = rows.find((candidate) => candidate['id'] === 'formula-attempt')!;
    expect(row['title']).toBe(`'=HYPERLINK("https://evil.example","open")`);
    expect(row['place']).toBe(`'+84 Hanoi`);
    expect(row['disagreement']).toBe(`'-Laos`);
    expect(row['start_inferred']).toBe(`'\tindented reasoning`);
    expect(row['summary']).toBe(`'@SUM(A1:A9)`);
  });
});

describe('guardCsvCell', () => {
  it('prefixes an apostrophe to text starting with =, +, -, @, a tab or a carriage return', () => {
    for (const text of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx']) expect(guardCsvCell(text), text).toBe(`'${text}`);
  });

  it('leaves ids, EDTF dates, URLs, numbers, empty cells and text with a trigger character later on unchanged', () => {
    for (const text of [
      'review-conference-2024',
      '2024',
      '2024-01',
      '2024-01-09',
      'https://mirror.example.net/events/x/',
      '70',
      '',
      'Vietnam–Laos = friends',
    ]) {
      expect(guardCsvCell(text), text).toBe(text);
    }
  });
});
