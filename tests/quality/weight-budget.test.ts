import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, replaceExactly, type BrokenCopy } from '../helpers/quality-broken';
import { watchRequests } from '../helpers/quality-network';
import { PAGE_KINDS, settle } from '../helpers/quality-pages';
import { useBrowser } from '../helpers/browser';
import { DIST } from '../helpers/fixtures';
import { KB, describeTransfers, measureTransfers, sum, type Transfer } from '../helpers/quality-weight';

/** Budgets for the home page, gzipped at level 9. */
const JS_BUDGET = 35 * KB;
const TOTAL_BUDGET = 150 * KB;

const browser = useBrowser();
const home = PAGE_KINDS.find((kind) => kind.path === '/')!;

/** Everything the home page requests until the timeline is drawn, its fonts loaded and the network idle. */
async function homePageTransfers(url: string, dist: string): Promise<Transfer[]> {
  const watch = watchRequests(new URL(url).origin);
  const { page, context } = await browser.open(url, { prepare: watch.prepare, viewport: { width: 1280, height: 900 } });
  await settle(page, home);
  await page.waitForLoadState('networkidle');
  await context.close();
  expect(watch.foreign, 'requests to other hosts').toEqual([]);
  return measureTransfers(dist, watch.local);
}

function overBudget(transfers: readonly Transfer[]): string[] {
  const js = sum(transfers.filter((t) => t.kind === 'js'));
  const total = sum(transfers);
  return [
    ...(js > JS_BUDGET ? [`JavaScript ${(js / KB).toFixed(1)} KB gzip > ${JS_BUDGET / KB} KB`] : []),
    ...(total > TOTAL_BUDGET ? [`total ${(total / KB).toFixed(1)} KB gzip > ${TOTAL_BUDGET / KB} KB`] : []),
  ];
}

let transfers: Transfer[];
let viTransfers: Transfer[];
// Undefined when its hook failed: the cleanup must not hide that failure.
let broken: BrokenCopy | undefined;
beforeAll(async () => {
  transfers = await homePageTransfers(await browser.serve(), DIST);
  console.log(`The home page at 1280×900 requests:\n${describeTransfers(transfers)}`);
  viTransfers = await homePageTransfers(`${await browser.serve()}vi/`, DIST);
  console.log(`The Vietnamese home page at 1280×900 requests:\n${describeTransfers(viTransfers)}`);
  // 200 KB of random text compresses to about 150 KB: over both budgets on its own.
  const bloat = `window.bloat = '${randomBytes(150_000).toString('base64')}';\n`;
  broken = await brokenCopy({
    '_astro/bloat.js': bloat,
    'index.html': (html) =>
      replaceExactly(html, '</head>', '<script type="module" src="/_astro/bloat.js"></script></head>'),
  });
});
afterAll(() => broken?.remove());

describe('the weight of the home page', () => {
  it(`is at most ${JS_BUDGET / KB} KB of gzipped JavaScript, D3 included`, () => {
    const js = transfers.filter((t) => t.kind === 'js');
    expect(js.length, 'the timeline’s script was not requested').toBeGreaterThan(0);
    expect(sum(js), describeTransfers(js)).toBeLessThanOrEqual(JS_BUDGET);
  });

  it(`is at most ${TOTAL_BUDGET / KB} KB gzipped in all: HTML, CSS, JavaScript, fonts and data`, () => {
    expect(transfers.map((t) => t.kind)).toEqual(expect.arrayContaining(['html', 'css', 'js', 'font']));
    expect(sum(transfers), describeTransfers(transfers)).toBeLessThanOrEqual(TOTAL_BUDGET);
  });

  it('holds for the Vietnamese home page too, which reads its own dataset', () => {
    expect(viTransfers.map((t) => t.path)).toContain('/vi/data/timeline.js');
    expect(overBudget(viTransfers), describeTransfers(viTransfers)).toEqual([]);
  });

  it('is over both budgets on a deliberately broken copy that loads a large script', async () => {
    const brokenTransfers = await homePageTransfers(await browser.serve(broken!.dir), broken!.dir);
    expect(brokenTransfers.map((t) => t.path)).toContain('/_astro/bloat.js');
    expect(overBudget(brokenTransfers)).toEqual([
      expect.stringMatching(/^JavaScript .* KB gzip > 35 KB$/u),
      expect.stringMatching(/^total .* KB gzip > 150 KB$/u),
    ]);
    expect(overBudget(transfers)).toEqual([]);
  });
});
