import type { APIRoute } from 'astro';
import { partnerYearCountsCsv } from '../../lib/export/research-exports';
import { getDataset } from '../../site/dataset';

export const GET = (async () =>
  new Response(partnerYearCountsCsv(await getDataset()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute;
