import { SITE } from '../config/site';
import { langMark, titleIn } from '../lib/content/localized';
import { formatEdtfRange } from '../lib/dates/format';
import { entryPath } from '../lib/dataset/paths';
import { sortEvents, sortSources } from '../lib/dataset/order';
import { bibtexSiteCitation, plainTextSiteCitation } from '../lib/pages/citation-formats';
import { dataDictionary, type DictionaryRow } from '../lib/pages/data-dictionary';
import { describeDatePrecision } from '../lib/pages/date-precision';
import { absoluteUrl } from '../lib/pages/links';
import { embedCode } from '../lib/timeline/embed-code';
import { EventRecord, SourceRecord } from '../schemas/events-json';
import { EVENT_KINDS } from '../schemas/vocabulary/lanes';
import { SITE_BASE } from './base';
import { getContent } from './content';
import type { Edition } from './edition';

/**
 * What the about page says of the content, counted from it, so that each
 * edition's prose (src/components/about/) states the same figures.
 */
export interface AboutFacts {
  events: number;
  sources: number;
  articles: number;
  references: number;
  captioned: number;
  quotes: number;
  /** Entries whose date is known only to the month or year. */
  vague: number;
  lanes: { label: string; description: string; count: number; types: string[] }[];
  /** Entries whose date is reasoned, with their links. */
  inferred: { href: string; title: string; titleLang: string | undefined; start: string; date: string }[];
  /** The seed articles' notes on what a better source corrects. */
  corrections: { text: string; href: string; title: string; titleLang: string }[];
  /** Where the site's data files are (they are shared by the editions). */
  dataBase: string;
  eventFields: DictionaryRow[];
  sourceFields: DictionaryRow[];
  /** Embed code for the peacekeeping rotations; undefined without a canonical address. */
  embedExample: string | undefined;
  citation: { plain: string; bibtex: string };
}

export async function aboutFacts({ lang, base, words, ui }: Edition): Promise<AboutFacts> {
  const content = await getContent();
  const events = sortEvents(content.events);
  const sources = sortSources(content.sources);
  const articles = sources.filter((source) => source.data.type === 'article');
  const siteName = words.site.name;
  const siteCitation = { siteName, url: absoluteUrl(base, SITE.url), key: 'vietnam-defence-diplomacy-timeline' };
  return {
    events: events.length,
    sources: sources.length,
    articles: articles.length,
    references: sources.length - articles.length,
    captioned: articles.filter((source) => source.data.type === 'article' && source.data.captions.length > 0).length,
    quotes: events.reduce((sum, event) => sum + event.data.sources.length, 0),
    vague: events.filter((event) => describeDatePrecision(event.data.start, event.data.end) !== null).length,
    lanes: EVENT_KINDS.map((kind) => {
      const inLane = events.filter((event) => event.data.kind === kind);
      return {
        label: words.lanes[kind],
        description: ui.vocabulary.laneDescriptions[kind],
        count: inLane.length,
        types: [...new Set(inLane.map((event) => words.types[event.data.type]))],
      };
    }),
    inferred: events
      .filter((event) => event.data.startInferred !== undefined || event.data.endInferred !== undefined)
      .map((event) => {
        const title = titleIn(event.data, lang);
        return {
          href: entryPath(base, 'events', event.id),
          title: title.text,
          titleLang: langMark(title, lang),
          start: event.data.start,
          date: formatEdtfRange(event.data.start, event.data.end, lang),
        };
      }),
    // A better source's correction of a seed article is noted in the article's entry, and read from there.
    corrections: articles.flatMap((source) =>
      source.data.notes.map((text) => ({
        text,
        href: entryPath(base, 'sources', source.id),
        title: source.data.title,
        titleLang: source.data.language,
      })),
    ),
    dataBase: SITE_BASE,
    eventFields: dataDictionary(EventRecord, lang),
    sourceFields: dataDictionary(SourceRecord, lang),
    // Embed code must name the site's address; without a canonical one, the share panel gives it from the page's own.
    embedExample:
      SITE.url === undefined
        ? undefined
        : embedCode({ siteUrl: new URL(base, SITE.url).href, query: '?kind=rotation' }, ui.about.embedTitle(siteName)),
    citation: { plain: plainTextSiteCitation(siteCitation, lang), bibtex: bibtexSiteCitation(siteCitation, lang) },
  };
}
