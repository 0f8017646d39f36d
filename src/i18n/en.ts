import type { EventKind, EventScope, EventStatus } from '../schemas/vocabulary/lanes';
import type { DIRECTIONS, EventType, FORMATS, LEVELS, ROLES } from '../schemas/vocabulary/types';

type Words<T extends string> = Readonly<Record<T, string>>;
type Of<T extends readonly string[]> = T[number];

/**
 * The reader-facing words of the English edition that the timeline's client
 * script shares with the pages: vocabulary labels, dates and the timeline's
 * own words. The script bundles this whole object, so the words only the
 * server-rendered pages use are in a second part of the catalogue, `ui`
 * (./en/ui.ts), by page and component. A second edition needs a catalogue of
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
  /** What each lane holds, in the about page's words. */
  laneDescriptions: {
    event: 'meetings, visits, agreements, exercises and other occasions, each dated as precisely as the sources allow',
    anniversary: 'anniversaries marked during these years; what they commemorate may lie long before',
    rotation: 'the deployments of Vietnam’s units to UN peacekeeping missions, numbered within each series',
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
  statuses: {
    held: 'Held',
    planned: 'Planned',
    reported: 'Reported (single source)',
  } satisfies Words<EventStatus>,
  directions: { inbound: 'Inbound (to Vietnam)', outbound: 'Outbound (from Vietnam)' } satisfies Words<
    Of<typeof DIRECTIONS>
  >,
  levels: {
    minister: 'Minister',
    'deputy-minister': 'Deputy minister',
    'chief-of-general-staff': 'Chief of the General Staff',
    'service-chief': 'Service chief',
    other: 'Other',
  } satisfies Words<Of<typeof LEVELS>>,
  roles: { host: 'Host', chair: 'Chair', participant: 'Participant', observer: 'Observer' } satisfies Words<
    Of<typeof ROLES>
  >,
  formats: { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid (in person and online)' } satisfies Words<
    Of<typeof FORMATS>
  >,
  /** How dates are written: Intl's locale (month names come from Intl, in UTC) and the shapes of ranges. */
  dates: {
    locale: 'en-GB',
    dayRange: (first: number, last: number, monthAndYear: string) => `${first}–${last} ${monthAndYear}`,
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
  /** Words the dataset itself carries (events.json and the files derived from it). */
  dataset: {
    successorEnd: (successor: string) =>
      `No source gives the end; taken as the start of the next rotation, ${successor}.`,
  },
  /** Words of the interactive timeline (client and its server-rendered shell). */
  timeline: {
    title: 'Timeline of Vietnam’s defence diplomacy, 2015–2025',
    filters: 'Filters',
    filterGroups: { kind: 'Lane', scope: 'Scope', type: 'Type', partner: 'Partner' },
    years: 'Years',
    fromYear: 'From',
    toYear: 'to',
    clearFilters: 'Clear filters',
    toolbar: 'Timeline view',
    zoomIn: 'Zoom in',
    zoomInHint: 'Zoom in (+)',
    zoomOut: 'Zoom out',
    zoomOutHint: 'Zoom out (−)',
    earlier: 'Show earlier',
    earlierHint: 'Earlier (Page Up)',
    later: 'Show later',
    laterHint: 'Later (Page Down)',
    reset: 'Reset view',
    share: 'Share or embed',
    sharePanel: 'Share or embed this view',
    shareLink: 'Link to this view',
    copyLink: 'Copy link',
    shareEmbed: 'Embed this view in your page',
    copyEmbed: 'Copy code',
    help: 'Drag or scroll to move and zoom. With the keyboard: arrow keys move between entries in date order, Enter opens one, Escape closes it, + and − zoom, Page Up and Page Down move in time.',
    viewport: (first: number, last: number) => `Timeline, ${first}–${last}`,
    roleDescription: 'timeline',
    legend: 'Legend',
    imprecise: 'Month or year known, not the day',
    inferredLegend: '≈ Date inferred',
    /** Put before the title of an entry whose date is inferred. */
    inferredMark: '≈ ',
    details: 'Selected entry',
    closeDetails: 'Close details',
    openEntry: 'Open the full entry',
    showingAll: (total: string) => `Showing all ${total} entries.`,
    showingSome: (count: string, total: string) => `Showing ${count} of ${total} entries.`,
    opened: (name: string) => `Opened ${name}`,
    copied: 'Copied.',
    selectedToCopy: 'Selected: press Control+C (or Command+C) to copy.',
    binnedLane: (lane: string, count: string) => `${lane} · ${count} in view, zoom in to see each`,
    /** An axis tick within a month: "5 Sept". */
    tickDay: (day: number, month: string) => `${day} ${month}`,
    /** The first tick of a zoomed-in axis, which names the year: "Sept 2022", "5 Sept 2022". */
    tickWithYear: (tick: string, year: number) => `${tick} ${year}`,
    /** A mark's accessible name: "9 January 2024, date inferred: Review of 2023. Review conference, event." */
    markName: (date: string, inferred: boolean, title: string, type: string, lane: string) =>
      `${date}${inferred ? ', date inferred' : ''}: ${title}. ${type}, ${lane}.`,
  },
} as const;
