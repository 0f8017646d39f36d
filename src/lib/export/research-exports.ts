import { csvFormatRow } from 'd3-dsv';
import type { EventRecord, EventsJson } from '../../schemas/events-json';
import { PARTNERS, type PartnerId } from '../../schemas/vocabulary/partners';
import { SERIES } from '../../schemas/vocabulary/series';
import { TYPE_DEFINITIONS, EVENT_TYPES } from '../../schemas/vocabulary/types';
import { edtfParts } from '../../schemas/edtf';
import { guardCsvCell } from './events-csv';

/**
 * Exports in the layouts researchers merge on: the Defense Cooperation
 * Agreement Dataset's main file, the Multinational Military Exercises
 * dataset's layout, the NDU PLA Military Diplomacy Database's three
 * categories, and counts per partner, year and type. A value the
 * content does not give stays empty: nothing is guessed to fill a column.
 */

/** The DCAD main file's columns, exactly (Kinne 2020). */
export const DCAD_COLUMNS = [
  'ccode1',
  'cowName1',
  'ccode2',
  'cowName2',
  'signDay',
  'signMonth',
  'signYear',
  'EIFDay',
  'EIFMonth',
  'EIFYear',
  'type',
  'category1',
  'category2',
  'category3',
  'span',
  'renewType',
  'renewYears',
  'terminated',
  'durationActual',
  'endYearEstimate',
  'asymmetry',
  'categoryConf',
  'UNTS',
  'fullText',
  'sourceType',
  'source',
  'factivaConf',
  'factivaSign',
  'factivaEIF',
  'DCAid',
] as const;

/** Our columns after a dataset's own (DCAD's, MME's): the entry and the addresses of the sources that support it. */
export const ENTRY_COLUMNS = ['entry_id', 'entry_url', 'source_urls'] as const;

export const NDU_COLUMNS = [
  'year',
  'date',
  'activity_category',
  'direction',
  'partner_country',
  'region',
  'participants',
] as const;

/**
 * The Multinational Military Exercises dataset's columns before its
 * participants (D'Orazio and Galambos); StateA, StateB… follow, as many as
 * the exercise with the most participating states needs.
 */
export const MME_COLUMNS = [
  'MMEID',
  'Ex_Name',
  'Series_Name',
  'Location',
  'lat',
  'lon',
  'StartDate',
  's.year',
  's.month',
  's.day',
  'EndDate',
  'e.year',
  'e.month',
  'e.day',
  'CPX',
  'Air',
  'Land',
  'Sea',
  'Amphibious',
  'Cyber',
  'Warfighting',
  'Peacekeeping',
  'Humanitarian',
  'FocusDescription',
  'AdditionalParticipantInfo',
] as const;

export const PARTNER_YEAR_COLUMNS = ['partner', 'partner_name', 'cow_code', 'year', 'type', 'entries'] as const;

const VIETNAM_COW = 816;
const RECORD_END = '\r\n';

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    '\uFEFF' +
    [csvFormatRow([...header]), ...rows.map((row) => csvFormatRow(row.map(guardCsvCell)))]
      .map((line) => `${line}${RECORD_END}`)
      .join('')
  );
}

/** A row of a dataset's columns, every cell empty until the content gives it. */
function emptyRow<C extends string>(columns: readonly C[]): Record<C, string> {
  return Object.fromEntries(columns.map((column) => [column, ''])) as Record<C, string>;
}

const countries = (event: EventRecord): PartnerId[] => event.partners.filter((id) => PARTNERS[id].kind === 'country');

/** Day, month and year of a date, each empty where its precision does not reach it. */
function dateParts(edtf: string): [string, string, string] {
  const { year, month, day } = edtfParts(edtf);
  return [day === undefined ? '' : String(day), month === undefined ? '' : String(month), String(year)];
}

/** Addresses of the sources an entry cites, each once. */
function sourceUrls(event: EventRecord, json: EventsJson): string {
  const urls = new Map(json.sources.map((source) => [source.id, source.url]));
  return [...new Set(event.sources.map((citation) => urls.get(citation.source) ?? ''))].filter(Boolean).join(' ');
}

/** /data/compat/dcad-main.csv: one row per agreement and partner country (a dyad), Vietnam first. */
export function dcadMainCsv(json: EventsJson, absolute: (path: string) => string): string {
  const rows = json.events
    .filter((event) => TYPE_DEFINITIONS[event.type].agreement)
    .flatMap((event) =>
      countries(event).map((partner) => {
        const country = PARTNERS[partner];
        const cells = emptyRow(DCAD_COLUMNS);
        const [signDay, signMonth, signYear] = dateParts(event.start);
        Object.assign(cells, {
          ccode1: String(VIETNAM_COW),
          cowName1: 'Vietnam',
          ccode2: country.kind === 'country' ? String(country.cow) : '',
          cowName2: country.en,
          signDay,
          signMonth,
          signYear,
        });
        return [...DCAD_COLUMNS.map((column) => cells[column]), event.id, absolute(event.url), sourceUrls(event, json)];
      }),
    );
  return csv([...DCAD_COLUMNS, ...ENTRY_COLUMNS], rows);
}

/** "StateA" … "StateZ", then "StateAA" …: the participant columns' names. */
export function stateColumn(index: number): string {
  const letter = (n: number): string =>
    n < 26 ? String.fromCharCode(65 + n) : letter(Math.floor(n / 26) - 1) + letter(n % 26);
  return `State${letter(index)}`;
}

/** The exercise dataset's date form, month/day/two-digit year, for a date known to the day; else empty. */
function mmeDate(edtf: string | null): string {
  if (edtf === null) return '';
  const { year, month, day } = edtfParts(edtf);
  return day === undefined || month === undefined
    ? ''
    : `${String(month)}/${String(day)}/${String(year % 100).padStart(2, '0')}`;
}

/** /data/compat/mme-exercises.csv: one row per exercise or joint patrol, its participating states Vietnam first. */
export function mmeExercisesCsv(json: EventsJson, absolute: (path: string) => string): string {
  const exercises = json.events.filter((event) => TYPE_DEFINITIONS[event.type].exercise);
  const states = exercises.map((event) => ['Vietnam', ...countries(event).map((id) => PARTNERS[id].en)]);
  const width = Math.max(0, ...states.map((names) => names.length));
  const rows = exercises.map((event, index) => {
    const cells = emptyRow(MME_COLUMNS);
    const [sDay, sMonth, sYear] = dateParts(event.start);
    const [eDay, eMonth, eYear] = event.end === null ? ['', '', ''] : dateParts(event.end);
    const organisations = event.partners.filter((id) => PARTNERS[id].kind !== 'country').map((id) => PARTNERS[id].en);
    Object.assign(cells, {
      Ex_Name: event.title,
      Series_Name: event.series === null ? '' : SERIES[event.series.id].en,
      Location: event.place,
      StartDate: mmeDate(event.start),
      's.year': sYear,
      's.month': sMonth,
      's.day': sDay,
      EndDate: mmeDate(event.end),
      'e.year': eYear,
      'e.month': eMonth,
      'e.day': eDay,
      AdditionalParticipantInfo: organisations.join('; '),
    });
    const participants = Array.from({ length: width }, (_, column) => states[index]?.[column] ?? '');
    return [
      ...MME_COLUMNS.map((column) => cells[column]),
      ...participants,
      event.id,
      absolute(event.url),
      sourceUrls(event, json),
    ];
  });
  const header = [
    ...MME_COLUMNS,
    ...Array.from({ length: width }, (_, column) => stateColumn(column)),
    ...ENTRY_COLUMNS,
  ];
  return csv(header, rows);
}

/** /data/compat/ndu.csv: the entries of NDU's three categories, one row per partner country. */
export function nduCsv(json: EventsJson): string {
  const rows = json.events.flatMap((event) => {
    const category = TYPE_DEFINITIONS[event.type].ndu;
    if (category === null) return [];
    const participants = event.people.map((person) => person.name).join('; ');
    const partners = countries(event);
    return (partners.length > 0 ? partners : [null]).map((partner) => [
      event.start.slice(0, 4),
      event.start,
      category,
      event.direction ?? '',
      partner === null ? '' : PARTNERS[partner].en,
      '',
      participants,
    ]);
  });
  return csv(NDU_COLUMNS, rows);
}

/** /data/partner-year-counts.csv: how many entries each partner has in each year, by type; zero rows left out. */
export function partnerYearCountsCsv(json: EventsJson): string {
  const counts = new Map<string, number>();
  for (const event of json.events) {
    for (const partner of event.partners) {
      const key = [partner, event.start.slice(0, 4), event.type].join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rows = [...counts]
    .map(([key, count]) => {
      const [partner = '', year = '', type = ''] = key.split('|');
      return { partner: partner as PartnerId, year, type, count };
    })
    .sort(
      (a, b) =>
        a.partner.localeCompare(b.partner) ||
        a.year.localeCompare(b.year) ||
        EVENT_TYPES.indexOf(a.type as (typeof EVENT_TYPES)[number]) -
          EVENT_TYPES.indexOf(b.type as (typeof EVENT_TYPES)[number]),
    )
    .map(({ partner, year, type, count }) => {
      const definition = PARTNERS[partner];
      return [
        partner,
        definition.en,
        definition.kind === 'country' ? String(definition.cow) : '',
        year,
        type,
        String(count),
      ];
    });
  return csv(PARTNER_YEAR_COLUMNS, rows);
}
