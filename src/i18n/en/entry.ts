import { ordinalSuffix } from './ordinal';
import type { Precision } from '../../schemas/edtf';

/** Words of an entry's page: its facts, sections, citations and related entries. */
export const entry = {
  facts: {
    date: 'Date',
    kind: 'Kind',
    type: 'Type',
    place: 'Place',
    partner: 'Partner',
    partners: 'Partners',
    series: 'Series',
    seriesNumber: (n: number) => `, no. ${n}`,
    scope: 'Scope',
    status: 'Status',
    direction: 'Direction',
    level: 'Level',
    levelOfVietnam: (level: string) => `Vietnam: ${level}`,
    levelOfPartner: (level: string) => `partner: ${level}`,
    role: 'Vietnam’s role',
    format: 'Format',
    anniversary: 'Anniversary',
    anniversaryOf: (years: number) => `${ordinalSuffix(years)} anniversary of:`,
    mission: 'UN mission',
    servedAt: 'Served at',
    dateInferred: 'Date inferred',
    startInferred: 'Start inferred',
    endInferred: 'End inferred',
    disagreement: 'Sources disagree',
  },
  /** The short mark of an inferred date in a table, and its tooltip. */
  inferredMark: ' ≈',
  inferredTitle: 'inferred',
  summary: 'Summary',
  people: 'People',
  sources: 'Sources',
  related: 'Related entries',
  cite: 'Cite this entry',
  readSource: 'Read the source',
  readInContext: (n: number) => `Read it in context: paragraph ${n} of the source`,
  relatedEntries: {
    anniversaries: 'Other anniversaries of the same event',
    inSeries: 'In the series:',
    previous: 'Previous',
    next: 'Next',
    alsoCiting: 'Also citing',
    more: (more: number) => `${more} more ${more === 1 ? 'entry' : 'entries'}: see the source’s page`,
  },
} as const;

/** What a date of each precision leaves unknown; a day-precise date needs no remark. */
export const precision = {
  unknown: {
    day: null,
    month: 'month known, day not',
    year: 'year known, month and day not',
  } satisfies Readonly<Record<Precision, string | null>>,
  start: (phrase: string) => `start: ${phrase}`,
  end: (phrase: string) => `end: ${phrase}`,
  reasonNotGiven: 'reason not given',
} as const;

/** Words of citations and the boxes that give them. */
export const cite = {
  plainText: 'Plain text',
  bibtex: 'BibTeX',
  /** What an entry is, in a citation. */
  entryMedium: 'Timeline entry',
  dated: (date: string) => `Dated ${date}`,
  siteMedium: 'A sourced timeline',
  siteTitle: (siteName: string) => `${siteName}: a sourced timeline.`,
} as const;
