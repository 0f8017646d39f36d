import { getCollection, getEntry } from 'astro:content';
import type { Content } from '../lib/content/model';

let content: Promise<Content> | undefined;

/**
 * The one place pages read the content layer: entries come back as the plain
 * objects the pure modules take, in no particular order (callers sort, into
 * arrays of their own). A build reads them once: the same arrays for every
 * page, which also lets indexes memoized on them (src/lib/dataset/lookups.ts)
 * serve every page; in development, on every request.
 */
export function getContent(): Promise<Content> {
  if (!import.meta.env.PROD) return readContent();
  content ??= readContent();
  return content;
}

async function readContent(): Promise<Content> {
  const [events, sources, coverage, versions] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getEntry('coverage', 'all'),
    getEntry('versions', 'all'),
  ]);
  const plain = <T>({ id, data, body, filePath }: { id: string; data: T; body?: string; filePath?: string }) => ({
    id,
    data,
    body: body ?? '',
    file: filePath ?? id,
  });
  return {
    events: events.map(plain),
    sources: sources.map(plain),
    coverage: coverage?.data ?? { omitted: [], notFound: [] },
    versions: versions?.data.versions ?? [],
  };
}
