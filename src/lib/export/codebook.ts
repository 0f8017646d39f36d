import { EventRecord, EventsJson, SourceRecord } from '../../schemas/events-json';
import { EVENT_KINDS, EVENT_SCOPES, EVENT_STATUSES } from '../../schemas/vocabulary/lanes';
import { PARTNERS, PARTNER_IDS } from '../../schemas/vocabulary/partners';
import { SERIES, SERIES_IDS } from '../../schemas/vocabulary/series';
import { PUBLISHER_KIND_MEANINGS, PUBLISHER_KINDS, PUBLISHER_RULES } from '../../schemas/vocabulary/publishers';
import {
  DIRECTIONS,
  EVENT_TYPES,
  FORMATS,
  LEVELS,
  ROLES,
  SUPPORTS,
  TYPE_DEFINITIONS,
} from '../../schemas/vocabulary/types';
import { dataDictionary, type DictionaryRow } from '../pages/data-dictionary';
import { DCAD_COLUMNS, ENTRY_COLUMNS, MME_COLUMNS, NDU_COLUMNS, PARTNER_YEAR_COLUMNS } from './research-exports';

/**
 * The codebook of the published data: every field of events.json (from the
 * schema), every code of every vocabulary with the typology's crosswalk to
 * the NDU, DCAD and MME categories, and how each column of the compatible
 * exports is filled. Generated, so it cannot drift from the data.
 */

interface ExportColumn {
  column: string;
  filled: string;
}

const EMPTY = 'empty: the sources used do not give it';

function dcadColumn(column: string): string {
  const filled: Record<string, string> = {
    ccode1: '816, Vietnam’s Correlates of War code',
    cowName1: '“Vietnam”',
    ccode2: 'the partner country’s Correlates of War code',
    cowName2: 'the partner’s English name in our vocabulary (not necessarily COW’s spelling)',
    signDay: 'day of signing, where the entry’s date gives the day',
    signMonth: 'month of signing, where the entry’s date gives the month',
    signYear: 'year of signing',
    entry_id: 'our entry’s id',
    entry_url: 'our entry’s page',
    source_urls: 'the addresses of the sources the entry cites, space-separated',
  };
  return filled[column] ?? EMPTY;
}

function mmeColumn(column: string): string {
  const filled: Record<string, string> = {
    MMEID: 'empty: the dataset ends in 2010, before every exercise here',
    lat: 'empty: places are recorded by name, not coordinates',
    lon: 'empty: places are recorded by name, not coordinates',
    Ex_Name: 'the entry’s title',
    Series_Name: 'the entry’s series, by its English name, where it belongs to one',
    Location: 'the entry’s place, as its sources name it',
    StartDate: 'the start as month/day/two-digit year (the dataset’s form), where the day is known',
    's.year': 'year the entry starts',
    's.month': 'month it starts, where known',
    's.day': 'day it starts, where known',
    EndDate: 'the end as month/day/two-digit year, where the entry has an end known to the day',
    'e.year': 'year it ends, where the entry has an end',
    'e.month': 'month it ends, where known',
    'e.day': 'day it ends, where known',
    AdditionalParticipantInfo: 'the organisations the entry names (ASEAN, the UN…), “; ”-separated',
    StateA: 'participating states by English name, Vietnam first, one per column (StateA, StateB…)',
    entry_id: 'our entry’s id',
    entry_url: 'our entry’s page',
    source_urls: 'the addresses of the sources the entry cites, space-separated',
  };
  return filled[column] ?? `${EMPTY} (domain and purpose flags are not recorded)`;
}

function nduColumn(column: string): string {
  const filled: Record<string, string> = {
    year: 'year the entry starts',
    date: 'the entry’s start as EDTF (YYYY, YYYY-MM or YYYY-MM-DD)',
    activity_category: 'senior-level-visit, military-exercise or naval-port-call, from the type’s crosswalk',
    direction: 'inbound (to Vietnam) or outbound, where recorded',
    partner_country: 'one row per partner country, by its English name; empty for a multilateral entry with none',
    participants: 'the people the entry names, “; ”-separated',
  };
  return filled[column] ?? EMPTY;
}

export interface Codebook {
  title: string;
  fields: { dataset: DictionaryRow[]; events: DictionaryRow[]; sources: DictionaryRow[] };
  vocabularies: Record<string, unknown>;
  exports: Record<string, ExportColumn[]>;
}

export function codebook(): Codebook {
  return {
    title: 'Vietnam’s defence diplomacy, 2015–2025: codebook of /data/events.json and its exports',
    fields: {
      dataset: dataDictionary(EventsJson.pick({ version: true, updated: true })),
      events: dataDictionary(EventRecord),
      sources: dataDictionary(SourceRecord),
    },
    vocabularies: {
      kinds: EVENT_KINDS,
      types: EVENT_TYPES.map((code) => ({ code, ...TYPE_DEFINITIONS[code] })),
      scopes: EVENT_SCOPES,
      statuses: EVENT_STATUSES,
      directions: DIRECTIONS,
      levels: LEVELS,
      roles: ROLES,
      formats: FORMATS,
      supports: SUPPORTS,
      partners: PARTNER_IDS.map((code) => ({ code, ...PARTNERS[code] })),
      series: SERIES_IDS.map((code) => ({ code, ...SERIES[code] })),
      publisherKinds: PUBLISHER_KINDS.map((code) => ({ code, meaning: PUBLISHER_KIND_MEANINGS[code] })),
      publisherRules: PUBLISHER_RULES,
    },
    exports: {
      'compat/dcad-main.csv': [...DCAD_COLUMNS, ...ENTRY_COLUMNS].map((column) => ({
        column,
        filled: dcadColumn(column),
      })),
      'compat/mme-exercises.csv': [...MME_COLUMNS, 'StateA', ...ENTRY_COLUMNS].map((column) => ({
        column,
        filled: mmeColumn(column),
      })),
      'compat/ndu.csv': NDU_COLUMNS.map((column) => ({ column, filled: nduColumn(column) })),
      'partner-year-counts.csv': PARTNER_YEAR_COLUMNS.map((column) => ({
        column,
        filled:
          column === 'entries'
            ? 'how many entries name the partner, start in the year and have the type'
            : `the ${column.replace('_', ' ')}`,
      })),
    },
  };
}

const cell = (text: string | number | boolean | null) => (text === null ? '' : String(text)).replace(/\|/gu, '\\|');

function table(header: string[], rows: (string | number | boolean | null)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The codebook as Markdown, for reading and for appendices. */
export function codebookMarkdown(book: Codebook): string {
  const fields = (rows: DictionaryRow[]) =>
    table(
      ['field', 'type', 'presence', 'description'],
      rows.map((row) => [row.field, row.type, row.presence, row.description]),
    );
  const vocabularies = book.vocabularies as {
    types: { code: string; ndu: string | null; agreement: boolean; exercise: boolean; mnd: string }[];
    partners: { code: string; en: string; vi: string; kind: string; iso2?: string; cow?: number }[];
    series: { code: string; en: string; vi: string; numbered: boolean; cadence: string }[];
    publisherKinds: { code: string; meaning: string }[];
    publisherRules: { match: string; kind: string }[];
  };
  const lists = ['kinds', 'scopes', 'statuses', 'directions', 'levels', 'roles', 'formats', 'supports'].map(
    (name) => `- **${name}**: ${(book.vocabularies[name] as string[]).map((code) => `\`${code}\``).join(', ')}`,
  );
  return [
    `# ${book.title}`,
    '',
    'Counts measure activity recorded in the sources, not influence; the sources are mostly official media.',
    '',
    '## The dataset (`events.json`); what each version changed is in /data/CHANGELOG.md',
    fields(book.fields.dataset),
    '',
    '## Fields of each entry (`events[]`)',
    fields(book.fields.events),
    '',
    '## Fields of each source (`sources[]`)',
    fields(book.fields.sources),
    '',
    '## Codes',
    ...lists,
    '',
    '### Types, with their crosswalk',
    table(
      ['type', 'NDU category', 'DCAD export', 'MME export', 'MND heading'],
      vocabularies.types.map((type) => [
        type.code,
        type.ndu ?? '',
        type.agreement ? 'yes' : '',
        type.exercise ? 'yes' : '',
        type.mnd,
      ]),
    ),
    '',
    '### Partners',
    table(
      ['code', 'English', 'Vietnamese', 'kind', 'ISO 3166-1', 'COW'],
      vocabularies.partners.map((p) => [p.code, p.en, p.vi, p.kind, p.iso2 ?? '', p.cow ?? '']),
    ),
    '',
    '### Series',
    table(
      ['code', 'English', 'Vietnamese', 'numbered', 'usual cadence'],
      vocabularies.series.map((s) => [s.code, s.en, s.vi, s.numbered ? 'yes' : 'no', s.cadence]),
    ),
    '',
    '### Publisher kinds (`sources[].publisherKind`), classified from the address',
    table(
      ['kind', 'meaning'],
      vocabularies.publisherKinds.map((k) => [k.code, k.meaning]),
    ),
    '',
    'The rules, first match wins (a domain matches its subdomains too; `*` an ending):',
    '',
    table(
      ['address', 'kind'],
      vocabularies.publisherRules.map((rule) => [rule.match, rule.kind]),
    ),
    '',
    '## Compatible exports: how each column is filled',
    ...Object.entries(book.exports).flatMap(([file, columns]) => [
      '',
      `### /data/${file}`,
      table(
        ['column', 'filled with'],
        columns.map((c) => [c.column, c.filled]),
      ),
    ]),
    '',
  ].join('\n');
}
