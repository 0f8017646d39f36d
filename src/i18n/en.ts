/**
 * Every reader-facing word of the English edition. A second edition needs only
 * a second catalogue of the same shape (see messages.ts) plus routing and content.
 */
export const en = {
  site: {
    name: 'Vietnam’s defence diplomacy, 2015–2025',
  },
  /** Words of the interactive timeline (client and its server-rendered shell). */
  timeline: {
    /** Locale of dates and numbers on the timeline (month names come from Intl, in UTC). */
    locale: 'en-GB',
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
    /** A mark's accessible name: "9 January 2024, date inferred: Review of 2023. Review conference, event." */
    markName: (date: string, inferred: boolean, title: string, type: string, lane: string) =>
      `${date}${inferred ? ', date inferred' : ''}: ${title}. ${type}, ${lane.toLowerCase()}.`,
    dayRange: (first: number, last: number, monthAndYear: string) => `${first}–${last} ${monthAndYear}`,
    dateRange: (start: string, end: string) => `${start} – ${end}`,
  },
} as const;
