import type { APIRoute } from 'astro';
import { embedFontsCss } from '../site/embed-fonts';

/** /embed-fonts.css: the site's font faces with their files inlined, for a sandboxed embed (see src/site/embed-fonts.ts). */
export const GET = (async () =>
  new Response(await embedFontsCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } })) satisfies APIRoute;
