import type { EventStatus } from '../../schemas/vocabulary/lanes';

/** Words of the pages that list entries: home, years, partners, series and search. */
export const home = {
  description:
    "A sourced chronology of Vietnam's defence diplomacy from 2015 to 2025: review conferences, border exchanges, expos, ASEAN defence meetings, anniversaries and UN peacekeeping rotations.",
  lede: (count: number) =>
    `${count} entries — conferences, border exchanges, expos, ASEAN defence meetings, anniversaries and UN peacekeeping rotations — each citing the text that supports it.`,
  chronology: 'Chronology',
  yearPages: 'Each year’s page gives every entry with its summary and the quoted passages of its sources:',
  byYear: 'Chronology by year',
} as const;

export const years = {
  title: (year: number) => `${year}: the chronology`,
  description: (year: number, count: number) =>
    `Vietnam's defence diplomacy in ${year}: ${count} entries, each with its summary and the quoted sources that support it.`,
  lede: (count: number, year: number) =>
    `${count === 1 ? '1 entry begins' : `${count} entries begin`} in ${year}, in date order, each with the passages of its sources that support it.`,
  index: 'Years',
} as const;

export const partners = {
  title: 'Partners',
  description:
    "Vietnam's defence diplomacy partner by partner, 2015–2025: how many entries each country, organisation and UN mission has in each year, with a page for each.",
  lede: (partnerCount: number, withPartner: number, total: number) =>
    `${partnerCount} partners — countries, organisations and UN missions — appear in ${withPartner} of the ${total} entries. The table counts each partner’s entries by the year they begin; an entry with several partners counts for each. Counts measure activity recorded in the sources, not influence.`,
  caption: 'Entries per partner and year',
  partner: 'Partner',
  all: 'All',
  /** A partner's own page. */
  pageTitle: (name: string) => `Vietnam and ${name}`,
  pageDescription: (name: string, count: number) =>
    `Vietnam's defence diplomacy with ${name}, 2015–2025: ${count} sourced entries on a timeline and in a chronology.`,
  pageLede: (count: number, name: string) => `${count === 1 ? '1 entry' : `${count} entries`} with ${name}`,
  pageLedeEnd: ', each citing the text that supports it.',
  pageCaption: (name: string) => `Entries with ${name} per year`,
  chronology: 'Chronology',
} as const;

export const series = {
  title: 'Series',
  description:
    "The recurring series of Vietnam's defence diplomacy, 2015–2025: border defence friendship exchanges, ASEAN defence meetings, dialogues, review conferences and UN peacekeeping rotations, in order and with their gaps.",
  lede: (count: number) =>
    `${count} recurring series. Each page lists the series in order, with numbers, dates and places, and shows the numbers or years for which no entry was found.`,
  caption: 'Series and their entries',
  series: 'Series',
  entries: 'Entries',
  first: 'First',
  latest: 'Latest',
  /** A series' own page. */
  pageDescription: (name: string, count: number) =>
    `${name}, 2015–2025: ${count} sourced entries in order, with numbers, dates, places and gaps.`,
  pageEntries: (count: number) => (count === 1 ? '1 entry' : `${count} entries`),
  pageGaps: (gaps: number) =>
    gaps > 0 ? `, and ${gaps === 1 ? 'one gap' : `${gaps} gaps`} where no entry was found` : '',
  with: 'With',
  pageCaption: (name: string) => `${name} in order`,
  number: 'No.',
  date: 'Date',
  entry: 'Entry',
  place: 'Place',
  gapNumbers: (count: number) => `No entry found for ${count === 1 ? 'this number' : 'these numbers'}.`,
  gapYear: 'No entry found for this year.',
  /** An entry's status after its title in a series' table, when it is not simply held: "(planned)". */
  status: { held: 'held', planned: 'planned', reported: 'reported' } satisfies Readonly<Record<EventStatus, string>>,
} as const;

export const search = {
  title: 'Search',
  description: "Search the entries and sources of the timeline of Vietnam's defence diplomacy.",
  label: 'Search entries and sources',
  button: 'Search',
  noScript: 'Search runs in your browser and needs JavaScript. Without it, the ',
  chronology: 'chronology',
  noScriptEnd: ' lists every entry.',
  /** "Showing 20 of 26 results for “Abyei”." */
  results: (shown: number, total: number, query: string) =>
    total === 0
      ? `No results for “${query}”.`
      : shown === total
        ? `${total} result${total === 1 ? '' : 's'} for “${query}”.`
        : `Showing ${shown} of ${total} results for “${query}”.`,
  more: (count: number) => `Show ${count} more results`,
} as const;
