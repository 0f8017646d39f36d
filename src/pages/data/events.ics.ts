import type { APIRoute } from 'astro';
import { toEventsCalendar } from '../../lib/export/events-ics';
import { toEventsJson } from '../../lib/export/events-json';
import { getContent } from '../../site/content';

export const GET = (async ({ site }) => {
  if (!site) throw new Error('/data/events.ics needs `site` in astro.config.mjs for its UIDs and entry URLs');
  const json = toEventsJson(await getContent(), import.meta.env.BASE_URL);
  return new Response(toEventsCalendar(json, site), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}) satisfies APIRoute;
