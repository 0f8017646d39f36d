import type { Lang } from '../i18n/editions';
import { entryPath } from '../lib/dataset/paths';
import { entryDetailsHtml } from '../lib/pages/entry-details';
import { DETAILS_GLOBAL } from '../lib/timeline/data-globals';
import { yearOf } from '../schemas/edtf';
import { getContent } from './content';
import { editionFor } from './edition';
import { sourceIndex } from '../lib/dataset/lookups';

/**
 * <edition>/data/details/<year>.js: the summary and quoted citations of each
 * entry of a year, as HTML keyed by id, in one edition, for the details panel
 * of pages that list entries compactly. A classic script, so that it loads
 * where a fetch could not: in a sandboxed iframe (an opaque origin) and
 * without CORS headers.
 */
export async function detailsScript(year: number, lang: Lang): Promise<Response> {
  const content = await getContent();
  const { base } = editionFor(lang);
  const sourcesById = sourceIndex(content.sources);
  const sourceHref = (id: string) => entryPath(base, 'sources', id);
  const details = Object.fromEntries(
    content.events
      .filter((event) => yearOf(event.data.start) === year)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((event) => [event.id, entryDetailsHtml(event, sourcesById, sourceHref, lang)]),
  );
  // "<" is escaped so that no text can close a script element, should the file ever be inlined.
  const json = JSON.stringify(details).replace(/</gu, '\\u003c');
  return new Response(`(self.${DETAILS_GLOBAL} ??= {})[${String(year)}] = ${json};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
