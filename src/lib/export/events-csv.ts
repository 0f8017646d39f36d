import { csvFormatRow } from 'd3-dsv';
import type { EventRecord } from '../../schemas/events-json';

/** The columns of /data/events.csv, in order: one flat row per entry of /data/events.json. */
export const EVENTS_CSV_COLUMNS = [
  'id',
  'title',
  'kind',
  'type',
  'start',
  'end',
  'precision',
  'date_inferred',
  'place',
  'partners',
  'scope',
  'status',
  'url',
  'sources',
  'anniversary_ordinal',
  'anniversary_base_title',
  'anniversary_base_date',
  'rotation_series',
  'rotation_number',
  'rotation_mission',
  'rotation_place',
  'summary',
] as const;

export type EventsCsvColumn = (typeof EVENTS_CSV_COLUMNS)[number];

/** How list cells (partners, source ids) join their items; no partner name or id contains it. */
export const CSV_LIST_SEPARATOR = '; ';

/** RFC 4180 ends every record, the last one included, with CRLF; d3-dsv joins rows with LF only. */
const RECORD_END = '\r\n';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula
 * (OWASP "CSV injection"), so a title such as "=HYPERLINK(…)" could act on
 * the reader's machine.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/u;

/**
 * Makes a cell inert in spreadsheets by prefixing an apostrophe, which they
 * read as "text" and do not show. Ids, EDTF dates, vocabulary words, numbers
 * and URLs never start with a trigger, so they pass through unchanged.
 */
export function guardCsvCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/** The cells of one entry, by column; absent values are empty cells. */
export function toEventsCsvCells(event: EventRecord, site: URL | string): Record<EventsCsvColumn, string> {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    type: event.type,
    start: event.start,
    end: event.end ?? '',
    precision: event.precision,
    date_inferred: event.dateInferred ?? '',
    place: event.place,
    partners: event.partners.join(CSV_LIST_SEPARATOR),
    scope: event.scope,
    status: event.status,
    // Absolute, so that the file still leads to the page once downloaded; the path already holds the base.
    url: new URL(event.url, site).href,
    // Each source once, in the order first cited: an entry may quote two passages of one source.
    sources: [...new Set(event.sources.map((citation) => citation.source))].join(CSV_LIST_SEPARATOR),
    anniversary_ordinal: event.anniversary ? String(event.anniversary.ordinal) : '',
    anniversary_base_title: event.anniversary?.base.title ?? '',
    anniversary_base_date: event.anniversary?.base.date ?? '',
    rotation_series: event.rotation?.series ?? '',
    rotation_number: event.rotation ? String(event.rotation.number) : '',
    rotation_mission: event.rotation?.mission ?? '',
    rotation_place: event.rotation?.place ?? '',
    // The Markdown source as in events.json, so that both files say the same thing.
    summary: event.summary,
  };
}

/**
 * /data/events.csv: a header and one record per entry, in the order given
 * (events.json's chronological order), RFC 4180 quoting by d3-dsv.
 */
export function toEventsCsv(events: readonly EventRecord[], site: URL | string): string {
  const header = csvFormatRow([...EVENTS_CSV_COLUMNS]);
  const records = events.map((event) => {
    const cells = toEventsCsvCells(event, site);
    return csvFormatRow(EVENTS_CSV_COLUMNS.map((column) => guardCsvCell(cells[column])));
  });
  return [header, ...records].map((record) => `${record}${RECORD_END}`).join('');
}
