import type { EventKind, EventScope } from '../../schemas/vocabulary/lanes';
import type { EventType } from '../../schemas/vocabulary/types';
import { MONTH_NAMES } from '../../schemas/edtf';

export type Words<T extends string> = Readonly<Record<T, string>>;

/**
 * The reader-facing words of the English edition that the timeline's client
 * script shares with the pages: vocabulary labels, dates and the timeline's
 * own words. The script bundles this whole object, so the words only the
 * server-rendered pages use are in a second part of the catalogue, `ui`
 * (./ui.ts), by page and component. A second edition needs a catalogue of
 * the same shape in both parts, plus routing and content.
 */
export const en = {
  site: {
    name: 'Vietnam’s defence diplomacy, 2015–2025',
  },
  /** An entry's lane, as a kind of entry. */
  kinds: {
    event: 'Event',
    anniversary: 'Anniversary',
    rotation: 'UN peacekeeping rotation',
  } satisfies Words<EventKind>,
  /** An entry's lane within a sentence: "…, UN peacekeeping rotation." */
  kindsInSentence: {
    event: 'event',
    anniversary: 'anniversary',
    rotation: 'UN peacekeeping rotation',
  } satisfies Words<EventKind>,
  /** The timeline's lanes, named as groups. */
  lanes: {
    event: 'Events',
    anniversary: 'Anniversaries',
    rotation: 'UN peacekeeping rotations',
  } satisfies Words<EventKind>,
  types: {
    'senior-visit': 'Senior defence visit',
    'sideline-talks': 'Talks on the sidelines',
    'defence-dialogue': 'Defence dialogue',
    'multilateral-meeting': 'Multilateral meeting',
    'agreement-signed': 'Agreement signed',
    'mechanism-established': 'Mechanism established',
    exercise: 'Exercise',
    'joint-patrol': 'Joint patrol',
    'port-call': 'Port call',
    'functional-exchange': 'Functional exchange',
    'education-training': 'Education and training',
    'border-defence-exchange': 'Border defence friendship exchange',
    'attache-activity': 'Defence attaché activity',
    'peacekeeping-deployment': 'UN peacekeeping deployment',
    'peacekeeping-cooperation': 'UN peacekeeping cooperation',
    'war-legacies': 'War legacies',
    'disaster-relief-sar': 'Disaster relief, search and rescue',
    'defence-industry-expo': 'Defence industry and expos',
    'materiel-transfer': 'Materiel transfer',
    anniversary: 'Anniversary',
    'partnership-upgrade': 'Partnership upgrade',
    'review-conference': 'Review conference',
    'policy-and-institutions': 'Policy and institutions',
  } satisfies Words<EventType>,
  scopes: {
    bilateral: 'Bilateral',
    multilateral: 'Multilateral',
    national: 'National',
  } satisfies Words<EventScope>,
  /**
   * How dates are written: the month names below and these shapes put them
   * together, so each edition writes its own forms ("9 January 2024",
   * "ngày 9 tháng 1 năm 2024"). The names are Intl's for `locale` (a unit test
   * holds them to it), written out because a browser's first Intl call takes
   * 30–55 ms, which the timeline's first frame cannot spare.
   */
  dates: {
    locale: 'en-GB',
    /** A month inside a date ("9 January 2024"): the names the content's dates are checked with. */
    months: MONTH_NAMES as readonly string[],
    /** A month on the axis ("Apr", "5 Apr"). */
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    day: (day: string, month: string, year: string) => `${day} ${month} ${year}`,
    month: (month: string, year: string) => `${month} ${year}`,
    year: (year: string) => year,
    dayRange: (first: string, last: string, month: string, year: string) => `${first}–${last} ${month} ${year}`,
    dateRange: (start: string, end: string) => `${start} – ${end}`,
  },
  /** Words of the chronology lists. */
  chronology: {
    source: 'Source',
    sources: 'Sources',
    /** After an entry's date in a list, when the date is reasoned rather than read. */
    dateInferred: '(date inferred)',
    /** The button under a long chronology: "Show 500 more (1,200 not listed yet)". */
    showMore: (count: string, left: string) => `Show ${count} more (${left} not listed yet)`,
  },
  /** Words the timeline's script writes (its server-rendered shell's are ui.timelineShell). */
  timeline: {
    /** Put before the title of an entry whose date is inferred. */
    inferredMark: '≈ ',
    openEntry: 'Open the full entry',
    showingAll: (total: string) => `Showing all ${total} entries.`,
    showingSome: (count: string, total: string) => `Showing ${count} of ${total} entries.`,
    opened: (name: string) => `Opened ${name}`,
    /** Said when the filters hide the focused entry. */
    focusMoved: (hidden: string, to: string | null) =>
      to === null
        ? `The filters hide ${hidden}; no entry is left.`
        : `The filters hide ${hidden}; focus moved to ${to}.`,
    copied: 'Copied.',
    selectedToCopy: 'Selected: press Control+C (or Command+C) to copy.',
    binnedLane: (lane: string, count: string) => `${lane} · ${count} in view, zoom in to see each`,
    /** A cluster of marks too close to tell apart: "4 entries close together: zoom in to see them". */
    cluster: (count: string) => `${count} entries close together: zoom in to see them`,
    /** The rows of entries that a grouping gives no row of their own, and of those with no partner or series. */
    otherRow: 'Other',
    noneRow: { partner: 'No foreign partner', series: 'Not in a series' } as Record<string, string>,
    /** Said when the rows change: "Rows by partner." */
    regrouped: (grouping: string) => `Rows by ${grouping}.`,
    /** An axis tick within a month: "5 Sept". */
    tickDay: (day: number, month: string) => `${day} ${month}`,
    /** The first tick of a zoomed-in axis, which names the year: "Sept 2022", "5 Sept 2022". */
    tickWithYear: (tick: string, year: number) => `${tick} ${year}`,
    /** A mark's accessible name: "9 January 2024, date inferred: Review of 2023. Review conference, event." */
    markName: (date: string, inferred: boolean, title: string, type: string, lane: string) =>
      `${date}${inferred ? ', date inferred' : ''}: ${title}. ${type}, ${lane}.`,
  },
} as const;
