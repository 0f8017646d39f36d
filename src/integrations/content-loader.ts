import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Content } from '../lib/content/model';
import { describeTranslationCoverage, translationCoverage } from '../lib/content/localized';
import { contentFingerprint, loadContent } from '../lib/content/read-content';

/**
 * Where the content lives. `TIMELINE_CONTENT_DIR` lets tests build the site
 * from fixture content; everyone else uses `content/`.
 */
function contentDirectory(root: string): string {
  return path.resolve(root, process.env.TIMELINE_CONTENT_DIR ?? 'content');
}

let cached: { dir: string; fingerprint: string; content: Promise<Content> } | undefined;

/**
 * Both collections come from one reading of the files: the second loader of a
 * sync reuses the first's unless a file changed in between (as in dev).
 */
async function readOnce(dir: string, root: string): Promise<Content> {
  const fingerprint = await contentFingerprint(dir);
  if (cached?.dir !== dir || cached.fingerprint !== fingerprint) {
    cached = { dir, fingerprint, content: loadContent(dir, root) };
  }
  return cached.content;
}

/**
 * A content-layer loader that reads entries with the same reader as the ingest
 * CLI and the tests, so a build stops on exactly the problems they report.
 */
export function timelineLoader(collection: 'sources' | 'events'): Loader {
  return {
    name: `timeline-${collection}`,
    async load(context) {
      const { store, config } = context;
      const root = fileURLToPath(config.root);
      const content = await readOnce(contentDirectory(root), root);
      store.clear();
      if (collection === 'events')
        context.logger.info(describeTranslationCoverage(translationCoverage(content.events)));
      for (const { id, file, data, body } of content[collection]) {
        store.set({
          id,
          data: await context.parseData({ id, data }),
          body,
          filePath: file,
          digest: context.generateDigest({ data: JSON.stringify(data), body }),
        });
      }
    },
  };
}

/** The coverage lists (rows left out, what was not found) as one entry, `all`, read with the rest. */
/** A collection of one entry, "all", holding the part of the content `pick` takes (coverage, versions). */
export function wholeContentLoader(name: string, pick: (content: Content) => Record<string, unknown>): Loader {
  return {
    name: `timeline-${name}`,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const data = pick(await readOnce(contentDirectory(root), root));
      context.store.clear();
      context.store.set({
        id: 'all',
        data: await context.parseData({ id: 'all', data }),
        digest: context.generateDigest(data),
      });
    },
  };
}
