import { getRssString } from '@astrojs/rss';
import { SITE } from '../config/site';
import type { Lang } from '../i18n/editions';
import { recordsIn } from '../lib/dataset/records-in';
import { toEventsCalendar } from '../lib/export/events-ics';
import { toEventsFeed } from '../lib/export/events-feed';
import { getDataset } from './dataset';
import { editionFor } from './edition';

/**
 * One edition's RSS feed (<edition>/feed.xml) and calendar (<edition>/data/events.ics).
 * RSS needs absolute links, so the feed is published only when the site has a
 * canonical address (SITE_URL); the route is a parameter so that it can be left out.
 */
export const feedPaths = () => (SITE.url === undefined ? [] : [{ params: { feed: 'feed' } }]);

export async function feedResponse(lang: Lang): Promise<Response> {
  if (SITE.url === undefined) throw new Error('feed.xml is only built when SITE_URL is set');
  const { base, words } = editionFor(lang);
  const json = recordsIn(await getDataset(), lang, base);
  const feed = toEventsFeed(json, SITE.url, base, words.site.name, lang);
  // getRssString rather than rss(): the default response says only "application/xml", without the charset.
  return new Response(await getRssString(feed), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}

export async function calendarResponse(lang: Lang): Promise<Response> {
  const { base, words } = editionFor(lang);
  const json = recordsIn(await getDataset(), lang, base);
  const calendar = toEventsCalendar(json, { name: words.site.name, site: SITE.url, lang });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
