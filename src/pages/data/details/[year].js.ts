import type { APIRoute, GetStaticPaths } from 'astro';
import { en } from '../../../i18n/en';
import { coveredYears } from '../../../lib/dataset/groups';
import { entryPath } from '../../../lib/dataset/paths';
import { yearOf } from '../../../schemas/edtf';
import { DETAILS_GLOBAL } from '../../../lib/timeline/data-globals';
import { entryDetailsHtml } from '../../../lib/pages/entry-details';
import { SITE_BASE } from '../../../site/base';
import { getContent } from '../../../site/content';

export const getStaticPaths = (() =>
  coveredYears().map((year) => ({ params: { year: String(year) } }))) satisfies GetStaticPaths;

/**
 * /data/details/<year>.js: the summary and quoted citations of each entry of
 * a year, as HTML keyed by id, for the details panel of pages that list
 * entries compactly. A classic script, so that it loads where a fetch could
 * not: in a sandboxed iframe (an opaque origin) and without CORS headers.
 */
export const GET = (async ({ params }) => {
  const year = Number(params.year);
  const content = await getContent();
  const sourcesById = new Map(content.sources.map((source) => [source.id, source]));
  const sourceHref = (id: string) => entryPath(SITE_BASE, 'sources', id);
  const details = Object.fromEntries(
    content.events
      .filter((event) => yearOf(event.data.start) === year)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((event) => [event.id, entryDetailsHtml(event, sourcesById, sourceHref, en.chronology)]),
  );
  // "<" is escaped so that no text can close a script element, should the file ever be inlined.
  const json = JSON.stringify(details).replace(/</gu, '\\u003c');
  return new Response(`(self.${DETAILS_GLOBAL} ??= {})[${String(year)}] = ${json};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}) satisfies APIRoute;
