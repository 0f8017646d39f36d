import { csvFormatRow } from 'd3-dsv';
import { EventRecord } from '../../schemas/events-json';
import { recordColumns } from './record-columns';

/** The columns of /data/events.csv: every field of /data/events.json's records, flattened. */
export const EVENTS_CSV_COLUMNS = recordColumns<EventRecord>(EventRecord);

/** RFC 4180 ends every record, the last one included, with CRLF; d3-dsv joins rows with LF only. */
const RECORD_END = '\r\n';

/** So that spreadsheet programs read the file as UTF-8 and keep diacritics and dashes. */
const BYTE_ORDER_MARK = '\uFEFF';

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

/**
 * /data/events.csv: a byte-order mark, a header and one record per entry, in
 * the order given (events.json's chronological order), RFC 4180 quoting by
 * d3-dsv. `url` is made absolute when the site has a canonical address.
 */
export function toEventsCsv(events: readonly EventRecord[], absolute: (path: string) => string): string {
  const header = csvFormatRow(EVENTS_CSV_COLUMNS.map((column) => column.name));
  const records = events.map((event) =>
    csvFormatRow(
      EVENTS_CSV_COLUMNS.map((column) =>
        guardCsvCell(column.name === 'url' ? absolute(column.cell(event)) : column.cell(event)),
      ),
    ),
  );
  return BYTE_ORDER_MARK + [header, ...records].map((record) => `${record}${RECORD_END}`).join('');
}
