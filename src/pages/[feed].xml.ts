import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../config/site';
import { toEventsFeed } from '../lib/export/events-feed';
import { SITE_BASE } from '../site/base';
import { getDataset } from '../site/dataset';

/**
 * /feed.xml. RSS needs absolute links, so the feed is published only when the
 * site has a canonical address (SITE_URL); the route is a parameter so that it
 * can be left out.
 */
export const getStaticPaths = (() =>
  SITE.url === undefined ? [] : [{ params: { feed: 'feed' } }]) satisfies GetStaticPaths;

export const GET = (async () => {
  if (SITE.url === undefined) throw new Error('/feed.xml is only built when SITE_URL is set');
  const feed = toEventsFeed(await getDataset(), SITE.url, SITE_BASE, SITE.name);
  // getRssString rather than rss(): the default response says only "application/xml", without the charset.
  return new Response(await getRssString(feed), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}) satisfies APIRoute;
