import type { APIRoute } from 'astro';
import { timelineBundle } from '../site/timeline-bundle';

export const GET = (async () => {
  const { code } = await timelineBundle();
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}) satisfies APIRoute;
