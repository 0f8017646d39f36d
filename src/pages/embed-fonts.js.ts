import type { APIRoute } from 'astro';
import { embedFontsScript } from '../site/embed-fonts';

/** /embed-fonts.js: the site's font faces for a sandboxed embed (see src/site/embed-fonts.ts). */
export const GET = (async () =>
  new Response(await embedFontsScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  })) satisfies APIRoute;
