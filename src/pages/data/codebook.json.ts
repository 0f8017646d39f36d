import type { APIRoute } from 'astro';
import { codebook } from '../../lib/export/codebook';

export const GET = (() =>
  new Response(`${JSON.stringify(codebook(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })) satisfies APIRoute;
