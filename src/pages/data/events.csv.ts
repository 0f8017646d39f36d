import type { APIRoute } from 'astro';
import { toEventsCsv } from '../../lib/export/events-csv';
import { toEventsJson } from '../../lib/export/events-json';
import { getContent } from '../../site/content';

export const GET = (async ({ site }) => {
  if (!site) throw new Error('/data/events.csv needs `site` in astro.config.mjs to write absolute entry URLs');
  const { events } = toEventsJson(await getContent(), import.meta.env.BASE_URL);
  return new Response(toEventsCsv(events, site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}) satisfies APIRoute;
