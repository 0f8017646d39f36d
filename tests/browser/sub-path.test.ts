import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawl, type Crawl } from '../helpers/crawl';
import { useBuiltSite } from '../helpers/browser';
import { runBin } from '../helpers/run';

/** A first search loads Pagefind's index and WebAssembly, which on a busy machine takes seconds. */
const SEARCHED = { timeout: 15_000 };

const PREFIX = '/mirror/timeline/';
let outDir: string;
let result: Crawl;

// Built once for this file, with the one documented setting: BASE.
beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'timeline-sub-path-'));
  const run = runBin('astro', ['build', '--outDir', outDir], { BASE: PREFIX });
  if (run.status !== 0) throw new Error(`build under ${PREFIX} failed:\n${run.stdout}\n${run.stderr}`);
});

const site = useBuiltSite(() => outDir, PREFIX);

describe(`the site built for and served under ${PREFIX}`, () => {
  beforeAll(async () => {
    result = await crawl(site.url);
  });

  it('has no broken link or anchor, and every link stays under the sub-path', () => {
    expect(result.broken).toEqual([]);
    expect(result.pages.size).toBeGreaterThan(60);
    for (const url of result.requested) expect(new URL(url).pathname.startsWith(PREFIX), url).toBe(true);
  });

  it('runs the timeline, the embed and search there', async () => {
    for (const page of ['', 'embed/?kind=rotation']) {
      const tab = await site.open(page);
      await tab.locator('defence-timeline[data-ready="true"]').waitFor();
      expect(await tab.locator('.tl-item').count()).toBeGreaterThan(0);
      await tab.locator('.tl-item:not(.tl-unlabelled)').first().click();
      expect(await tab.locator('.tl-details a.tl-details-link').getAttribute('href')).toMatch(
        /^\/mirror\/timeline\/events\//u,
      );
    }
    const search = await site.open('search/?q=Abyei');
    await expect.poll(() => search.locator('.search-results a').count(), SEARCHED).toBeGreaterThan(0);
    const href = await search.locator('.search-results a').first().getAttribute('href');
    expect(href?.startsWith(PREFIX)).toBe(true);
  });
});
