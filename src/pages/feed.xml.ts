import { getRssString } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { toEventsFeed } from '../lib/export/events-feed';
import { toEventsJson } from '../lib/export/events-json';
import { getContent } from '../site/content';

export const GET = (async ({ site }) => {
  if (!site) throw new Error('/feed.xml needs `site` in astro.config.mjs: RSS links must be absolute');
  const base = import.meta.env.BASE_URL;
  const feed = toEventsFeed(toEventsJson(await getContent(), base), site, base);
  // getRssString rather than rss(): the default response says only "application/xml", without the charset.
  return new Response(await getRssString(feed), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}) satisfies APIRoute;
