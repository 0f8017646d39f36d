import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, replaceExactly, type BrokenCopy } from '../helpers/quality-broken';
import { watchRequests } from '../helpers/quality-network';
import { PAGE_KINDS, exerciseTimeline, settle } from '../helpers/quality-pages';
import { useBrowser } from '../helpers/browser';
import { DIST } from '../helpers/fixtures';

/**
 * The Content-Security-Policy is switched off here (`bypassCSP`), so that
 * this gate checks what the pages ask for, not what the policy lets through.
 */
const browser = useBrowser();
let url: string;
let origin: string;
// Undefined when its hook failed: the cleanup must not hide that failure.
let broken: BrokenCopy | undefined;
beforeAll(async () => {
  url = await browser.serve();
  origin = new URL(url).origin;
  broken = await brokenCopy({
    'index.html': (html) =>
      replaceExactly(
        html,
        '</head>',
        '<link rel="stylesheet" href="https://fonts.example.com/css?family=X"><script src="https://cdn.example.net/d3.min.js"></script></head>',
      ),
  });
});
afterAll(() => broken?.remove());

/** Every built page is visited: a page per entry and per source, several hundred, about 0.2 s each. */
const EVERY_PAGE_TIMEOUT = 600_000;

describe('requests made by the built site in Chromium', () => {
  for (const kind of PAGE_KINDS) {
    const doing = kind.timeline ? ', while zooming, dragging, selecting, filtering and scrolling' : '';
    it(`go to the site’s own server only, on ${kind.name}${doing}`, async () => {
      const watch = watchRequests(origin);
      const { page, context } = await browser.open(`${url}${kind.path.slice(1)}`, {
        prepare: watch.prepare,
        bypassCSP: true,
      });
      await settle(page, kind);
      if (kind.timeline) await exerciseTimeline(page);
      await page.waitForLoadState('networkidle');
      await context.close();
      expect(watch.foreign).toEqual([]);
      expect(watch.local.length).toBeGreaterThan(1);
    });
  }

  it(
    'go to the site’s own server only, on every built page',
    async () => {
      const pages = (await readdir(DIST, { recursive: true }))
        .map(String)
        .filter((file) => file.endsWith('.html'))
        .map((file) => file.replace(/(^|\/)index\.html$/u, '$1'));
      expect(pages.length).toBeGreaterThan(60);
      const watch = watchRequests(origin);
      const { page, context } = await browser.open(url, { prepare: watch.prepare, bypassCSP: true });
      // Several tabs of the one watched context: the site has a page per entry and per source, hundreds of them.
      const TABS = 4;
      const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
      await Promise.all(
        tabs.map(async (tab, index) => {
          for (const path of pages.filter((_, at) => at % TABS === index)) {
            await tab.goto(`${url}${path}`, { waitUntil: 'load' });
            await tab.evaluate(() => document.fonts.ready.then(() => undefined));
          }
        }),
      );
      await context.close();
      expect(watch.foreign).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('are caught going to other hosts on a deliberately broken copy that loads a script and a stylesheet from CDNs', async () => {
    const brokenUrl = await browser.serve(broken!.dir);
    const watch = watchRequests(new URL(brokenUrl).origin);
    const { page, context } = await browser.open(brokenUrl, { prepare: watch.prepare, bypassCSP: true });
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(watch.foreign).toEqual(
      expect.arrayContaining(['https://fonts.example.com/css?family=X', 'https://cdn.example.net/d3.min.js']),
    );
  });
});
