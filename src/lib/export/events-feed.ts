import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { uiFor } from '../../i18n/ui-editions';
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { compareChronologically } from '../dates/chronological-order';
import { earliestDay } from '../../schemas/edtf';
import { withTrailingSlash } from '../dataset/paths';
import { markdownToPlainText } from '../markdown/plain-text';
import type { EventRecord, EventsJson } from '../../schemas/events-json';

/** The feed's own path under the base, also written into it as its atom:link rel="self". */
const FEED_PATH = 'feed.xml';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

function toFeedItem(event: EventRecord, site: URL | string): RSSFeedItem {
  return {
    title: event.title,
    // The path already holds the base; made absolute here so @astrojs/rss writes it unchanged.
    link: new URL(event.url, site).href,
    description: markdownToPlainText(event.summary),
    // Entries have no publication date: this is the date of the event itself (the first day it
    // could be, at UTC midnight), so that readers list the feed along the timeline.
    pubDate: new Date(earliestDay(event.start)),
    categories: [event.kind, event.type],
  };
}

/**
 * The options @astrojs/rss renders as /feed.xml: every entry, newest first.
 * There is no lastBuildDate, which would have to come from the clock and
 * make two builds of the same content differ.
 */
export function toEventsFeed(
  json: EventsJson,
  site: URL | string,
  base: string,
  name: string,
  lang: Lang = DEFAULT_LANG,
): RSSOptions {
  const home = new URL(withTrailingSlash(base), site).href;
  const newestFirst = [...json.events].sort((a, b) => compareChronologically(b, a));
  return {
    title: name,
    description: uiFor(lang).dataset.feedDescription,
    site: home,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: `<language>${lang}</language><atom:link href="${new URL(FEED_PATH, home).href}" rel="self" type="application/rss+xml"/>`,
    items: newestFirst.map((event) => toFeedItem(event, site)),
  };
}
