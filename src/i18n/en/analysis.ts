/** Words of the analysis page: its lede, headings, chart names and table headers. */
export const analysis = {
  title: 'Analysis',
  /** The lede, in parts around its emphasis and its link to the data file. */
  lede: {
    start: (entries: number) => `What the ${entries} entries of the dataset show when counted. `,
    caveat: 'Counts measure activity recorded in the sources, not influence',
    middle:
      ': a meeting reported by three papers is one entry, and what the sources did not report is not here. Most sources are Vietnam’s own news agencies and newspapers (the publishers cited most are listed at the end), so the picture is the one Vietnam’s press gives. Every figure is computed at build time from ',
    version: (version: string) => `, version ${version}.`,
  },
  description:
    "Figures computed from the dataset of Vietnam's defence diplomacy, 2015–2025: partners, types, visits, the pandemic years, agreements, series and the data's quality.",
  /** The pandemic figure's lead: "2020 has 12 entries, 40% of 2019’s 30." */
  pandemicLead: (of2020: number, share: string, of2019: number) =>
    `2020 has ${of2020} entries, ${share} of 2019’s ${of2019}.`,
  /** What each figure's numbers do and do not mean, under it. */
  caveats: {
    partnerYear: 'An entry with several partners counts once for each; ASEAN and the UN are partners like countries.',
    typeYear: 'Each entry has one type; the codebook maps each type to the other datasets’ categories.',
    directions: 'Only senior visits and port calls whose direction the sources state.',
    shares:
      'A share is of the year’s entries that name at least one partner country. The ratio divides the entries naming China by those naming the United States. The concentration is the Herfindahl–Hirschman index of the partner countries’ mentions that year: near 0 when spread over many, 1 when all name one.',
    pandemic: 'The format is recorded only where the sources state it; most entries before 2020 do not.',
    agreements: 'Agreements, memoranda and joint statements signed, as entries of the type “agreement signed”.',
  },
  /** Under the series' table. */
  gapNote:
    'A gap is a number between the first and last found with no entry: not found in the sources, not necessarily not held. Each series’ page gives its entries and gaps in order.',
  /** The data-quality panel's lines; shares arrive formatted ("82%"), dates written for readers. */
  qualityLines: {
    entries: (entries: number, sources: number, version: string, updated: string) =>
      `${entries} entries citing ${sources} sources; the data’s version ${version}, updated ${updated}.`,
    coverage: (first: string, last: string) => `Coverage: entries start from ${first} to ${last}.`,
    twoSources: (share: string, count: number) =>
      `${share} of the entries (${count}) cite two or more distinct sources.`,
    precision: (dayShare: string, day: number, month: number, year: number) =>
      `Dates known to the day: ${dayShare} (${day}); to the month: ${month}; to the year only: ${year}.`,
    inferred: (inferred: number, disagreements: number) =>
      `${inferred} entries have a date reasoned rather than read, each with its reason; in ${disagreements} the sources disagree, and the entry says so.`,
    official: (share: string, count: number) =>
      `${share} of the entries (${count}) cite at least one source published by an official body: a government, an armed force or an intergovernmental body (classified from the address, as the codebook sets out).`,
  },
  table: 'The numbers as a table',
  data: 'Data: ',
  partnerYear: 'Entries per partner and year',
  partnerYearChart: (count: number) => `Entries per year for the ${count} partners named in most entries, 2015–2025.`,
  typeYear: 'Entries per type and year',
  typeYearChart: 'Entries per year for each type of entry, 2015–2025.',
  directions: 'Visits and port calls to and from Vietnam',
  directionsChart: 'Visits and port calls per partner country: to Vietnam on the left, from Vietnam on the right.',
  inbound: 'To Vietnam',
  outbound: 'From Vietnam',
  shares: 'The major partners’ shares',
  sharesChart:
    'For each year, the share of the entries with a partner country that name China, the United States, Russia, Japan and India.',
  chinaToUs: 'China to the United States',
  concentration: 'Concentration (HHI)',
  pandemic: 'The pandemic years',
  pandemicChart: 'Entries per year from 2018 to 2022, by how they were held.',
  agreements: 'Agreements signed per year',
  agreementsChart: 'Agreements signed per year, 2015–2025.',
  series: 'Numbered series against their cadence',
  seriesChart:
    'Each numbered series across the years: a numbered dot per entry found, joined in a run; dashed rings mark years inside the run with no entry for a series that meets every year.',
  quality: 'The data’s quality',
  partner: 'Partner',
  type: 'Type',
  year: 'Year',
  total: 'Total',
  numbers: 'Numbers found',
  gaps: 'Numbers with no entry',
  cadence: 'Usual cadence',
  notHeld: 'Planned, not reported held',
  cadences: { annual: 'Every year', 'half-yearly': 'Twice a year', irregular: 'Irregular' },
  unrecorded: 'Not recorded',
  language: 'Language',
  publisherKind: 'Kind of publisher',
  publisher: 'Publisher',
  sources: 'Sources',
  percent: (share: number) => `${Math.round(share * 100)}%`,
  ratio: (value: number | null) => (value === null ? '–' : value.toFixed(1)),
} as const;
