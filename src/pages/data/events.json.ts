import type { APIRoute } from 'astro';
import { getDataset } from '../../site/dataset';

export const GET = (async () => {
  const json = await getDataset();
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
