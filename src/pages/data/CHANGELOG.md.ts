import type { APIRoute } from 'astro';
import { changelogMarkdown } from '../../lib/export/changelog';
import { getContent } from '../../site/content';
import { SITE } from '../../config/site';

export const GET = (async () =>
  new Response(changelogMarkdown(`${SITE.name}: changes to the data`, (await getContent()).versions), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  })) satisfies APIRoute;
