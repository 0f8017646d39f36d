import type { APIRoute } from 'astro';
import { toEventsCsv } from '../../lib/export/events-csv';
import { getDataset, siteHref } from '../../site/dataset';

export const GET = (async () => {
  const { events } = await getDataset();
  return new Response(toEventsCsv(events, siteHref), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}) satisfies APIRoute;
