import type { APIRoute } from 'astro';
import { SITE } from '../../config/site';
import { toEventsCalendar } from '../../lib/export/events-ics';
import { getDataset } from '../../site/dataset';

export const GET = (async () => {
  const calendar = toEventsCalendar(await getDataset(), { name: SITE.name, site: SITE.url });
  return new Response(calendar, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}) satisfies APIRoute;
