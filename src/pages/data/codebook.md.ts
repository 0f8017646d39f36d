import type { APIRoute } from 'astro';
import { codebook, codebookMarkdown } from '../../lib/export/codebook';

export const GET = (() =>
  new Response(codebookMarkdown(codebook()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  })) satisfies APIRoute;
