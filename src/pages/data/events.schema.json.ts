import type { APIRoute } from 'astro';
import { toEventsJsonSchema } from '../../lib/export/json-schema';
import { SITE_BASE } from '../../site/base';
import { siteHref } from '../../site/dataset';

export const GET = (() => {
  const schema = toEventsJsonSchema(siteHref(`${SITE_BASE}data/events.schema.json`));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
