import type { APIRoute } from 'astro';
import { mmeExercisesCsv } from '../../../lib/export/research-exports';
import { getDataset, siteHref } from '../../../site/dataset';

export const GET = (async () =>
  new Response(mmeExercisesCsv(await getDataset(), siteHref), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute;
