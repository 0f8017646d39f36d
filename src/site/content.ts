import { getCollection, getEntry } from 'astro:content';
import type { Content } from '../lib/content/model';

/**
 * The one place pages read the content layer: entries come back as the plain
 * objects the pure modules take, in no particular order (callers sort).
 */
export async function getContent(): Promise<Content> {
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
