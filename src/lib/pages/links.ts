import { entryPath } from '../dataset/paths';

/** The path of a paragraph of a source page, e.g. "/sources/x/#p-3"; the page itself when n is null. */
export function sourceParagraphPath(base: string, sourceId: string, n: number | null): string {
  const page = entryPath(base, 'sources', sourceId);
  return n === null ? page : `${page}#p-${n}`;
}

/** A site path made absolute against the configured site, or left as a path when no site is set. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site === undefined ? path : new URL(path, site).href;
}
