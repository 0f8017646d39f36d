import type { OmittedRow } from '../../schemas/coverage';

/** Whether a field is always present, present but possibly null, or possibly absent (see lib/pages/data-dictionary). */
type Presence = 'always' | 'nullable' | 'optional';

/** Headings and labels of the about page; its explanatory prose is the page's own. */
export const about = {
  title: 'About this timeline',
  description: (years: string) =>
    `What the timeline of Vietnam's defence diplomacy, ${years}, covers and leaves out, how its entries are sourced and checked, the fields of its data file, and how to cite it.`,
  covers: 'What it covers',
  types: 'Types:',
  leavesOut: 'What it leaves out',
  undated: 'What cannot be dated.',
  outsideYears: (first: number, last: number) => `What happened before ${first} or after ${last}.`,
  unsupported: 'What the sources do not support.',
  sourcing: 'How entries are sourced and checked',
  seeds: 'Seeds and facts sheet',
  quotesChecked: 'Quotes checked by the build',
  precision: 'Precision of dates',
  inferred: 'Inferred dates',
  corrections: 'Corrections to the seed articles',
  data: 'Download the data',
  eventFields: 'Fields of each event',
  sourceFields: 'Fields of each source',
  offline: 'Use it offline',
  embed: 'Embed the timeline',
  embedTitle: (siteName: string) => `Timeline of ${siteName}`,
  cite: 'How to cite',
} as const;

/** The about page's account of coverage: entries per year, rows left out, what was not found. */
export const coverage = {
  heading: 'Coverage, year by year',
  intro:
    'How many entries begin in each year. Gaps in the record are gaps in the sources found, not necessarily in Vietnam’s activity.',
  caption: 'Entries per year',
  leftOut: 'Rows of the fact sheets left out, and why',
  /** Why a row was left out, in the order they are listed. */
  reasons: {
    'outside-range': 'Outside 2015–2025',
    duplicate: 'The same event as another row: one entry covers both',
    background: 'Background rather than a dated event (a cumulative figure, a biography line)',
    unverified: 'Not verified: the sheet or its second check could not confirm it',
    'not-an-event': 'Dates no event',
  } satisfies Readonly<Record<OmittedRow['reason'], string>>,
  leftOutNote: (count: number) =>
    `The entries were written from verified fact sheets. Every row of them is an entry, or is listed here with its reason (${count} rows).`,
  notFoundHeading: 'What the research looked for and did not find',
  notFoundNote: (count: number) =>
    `${count} items: dates, documents and meetings that no source found confirmed. They are not on the timeline.`,
  notFound: (count: number) => `Not found (${count})`,
} as const;

/** The data dictionary's table. */
export const dictionary = {
  field: 'Field',
  type: 'Type',
  description: 'Description',
  presence: {
    always: '',
    nullable: ' or null',
    optional: '; may be absent',
  } satisfies Readonly<Record<Presence, string>>,
  /** A field's JSON type in words. */
  types: {
    string: 'string',
    edtfDate: 'string (EDTF date)',
    url: 'string (URL)',
    integer: 'integer',
    number: 'number',
    /** A value of a long vocabulary, with its size and first few values. */
    code: (count: number, examples: string) => `a code of ${count} (${examples}, …)`,
    oneOf: (values: string) => `one of ${values}`,
    or: ' or ',
    arrayOf: (element: string) => `array of ${element}s`,
    arrayOfObjects: 'array of objects',
    arrayOfCodes: (count: number, examples: string) => `array of codes of ${count} (${examples}, …)`,
  },
} as const;
