/** Paths of the site's pages, under its base path (e.g. "/" or "/mirror/timeline/"). */

/** The base path with exactly one trailing slash, for links such as `${base}data/events.json`. */
export function withTrailingSlash(base: string): string {
  return base.replace(/\/?$/u, '/');
}

/** The page of an entry, a source, a partner or a series, e.g. "/mirror/events/x/". */
export function entryPath(base: string, collection: 'events' | 'sources' | 'partners' | 'series', id: string): string {
  return `${withTrailingSlash(base)}${collection}/${id}/`;
}

/** The chronology page of one year, e.g. "/years/2024/". */
export function yearPath(base: string, year: number): string {
  return `${withTrailingSlash(base)}years/${year}/`;
}
