import type { APIRoute } from 'astro';
import { laneStylesheet } from '../lib/timeline/lanes';

/** The lanes' colours and rules, generated from the lane registry (src/lib/timeline/lanes.ts). */
export const GET = (() =>
  new Response(`${laneStylesheet()}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } })) satisfies APIRoute;
