import type { Content } from '../content/model';
import { entryPath } from '../export/events-json';

export interface EntryLink {
  href: string;
  title: string;
}

/**
 * Resolves hand-written references to entries (on the about page) against the
 * content: a link to an entry that no longer exists is an error naming the
 * page and the id, not a broken link.
 */
export function entryLinker(content: Content, base: string, page: string) {
  const titles = {
    events: new Map(content.events.map((entry) => [entry.id, entry.data.title])),
    sources: new Map(content.sources.map((entry) => [entry.id, entry.data.title])),
  };
  return (collection: 'events' | 'sources', id: string): EntryLink => {
    const title = titles[collection].get(id);
    if (title === undefined) {
      throw new Error(`${page} links to ${collection} "${id}", which is not in content/${collection}/`);
    }
    return { href: entryPath(base, collection, id), title };
  };
}
