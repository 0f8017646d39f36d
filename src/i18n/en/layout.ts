/** Words of the frame around every page: skip link, navigation, footer, the embed and the offline copy. */
export const layout = {
  skipLink: 'Skip to content',
  /** This edition's language, named in itself: the other edition's switch links here with it. */
  languageName: 'English',
  /** The label of the switch between editions. */
  languages: 'Language',
  nav: {
    label: 'Site',
    timeline: 'Timeline',
    partners: 'Partners',
    series: 'Series',
    search: 'Search',
    analysis: 'Analysis',
    about: 'About',
    data: 'Data',
  },
  /** The footer's words, around its links to the data and the licence. */
  footer: {
    lead: 'Every entry cites the text that supports it. Data: ',
    licence: '. Text and data under ',
    maintainedBy: (maintainer: string) => `; maintained by ${maintainer}.`,
    /** "Data version 1.0.0, updated 28 November 2026: " before the link to the changes. */
    version: (version: string, updated: string) => `Data version ${version}, updated ${updated}: `,
    changes: 'what changed',
  },
  /** A page title after the page's own: "Partners · Vietnam’s defence diplomacy, 2015–2025". */
  pageTitle: (title: string, siteName: string) => `${title} · ${siteName}`,
  embed: {
    description: "An embeddable, sourced timeline of Vietnam's defence diplomacy, 2015–2025.",
    openSite: 'Open the full site',
  },
  offline: {
    title: (siteName: string) => `${siteName} (offline copy)`,
    description: "The sourced timeline of Vietnam's defence diplomacy, 2015–2025, as one file that works offline.",
    copyOf: 'An offline copy of the timeline',
    at: 'at',
    contents: (entries: number, sources: number) =>
      `: ${entries} entries and ${sources} sources in one file, which opens from disk with no server and no network.`,
    inThisFile: 'In this file',
    chronology: 'Chronology',
    sources: 'Sources',
    article: 'Article',
    reference: 'Reference',
    published: (date: string) => `published ${date}`,
    quotedBy: 'quoted by',
    latestEntry: (date: string) => `Latest entry: ${date}.`,
  },
} as const;
