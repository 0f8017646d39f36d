import type { APIRoute } from 'astro';
import { toEventsJson } from '../../lib/export/events-json';
import { getContent } from '../../site/content';

export const GET = (async () => {
  const json = toEventsJson(await getContent(), import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
