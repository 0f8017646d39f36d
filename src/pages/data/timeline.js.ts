import type { APIRoute } from 'astro';
import { timelineDataScript } from '../../site/timeline-data';

/** The timeline's dataset as a classic script (see src/site/timeline-data.ts). */
export const GET = (async () => {
  const { code } = await timelineDataScript();
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}) satisfies APIRoute;
