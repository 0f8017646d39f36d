import type { APIRoute } from 'astro';
import { toEventsJsonSchema } from '../../lib/export/json-schema';
import { SITE_BASE } from '../../site/base';

export const GET = (({ site }) => {
  if (!site) throw new Error('/data/events.schema.json needs `site` in astro.config.mjs for its $id');
  const schemaUrl = new URL(`${SITE_BASE}data/events.schema.json`, site).href;
  return new Response(`${JSON.stringify(toEventsJsonSchema(schemaUrl), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
