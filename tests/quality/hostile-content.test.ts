import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { FIXTURES } from '../helpers/fixtures';
import { brokenCopy, replaceExactly } from '../helpers/quality-broken';
import { buildSiteFrom, type SiteBuild } from '../helpers/quality-build';
import { activeContent, ownCode, type OwnCode } from '../helpers/quality-inert';
import { watchRequests } from '../helpers/quality-network';
import { useBrowser } from '../helpers/browser';
import { describeVnuErrors, vnuErrors } from '../helpers/quality-vnu';

/**
 * tests/fixtures/hostile-content is valid content whose every text field
 * (titles, places, partners, people, quotes, summaries, source titles,
 * publishers, notes, captions, source texts) carries markup meant to run:
 * scripts, frames, images with onerror, event-handler attributes,
 * javascript:, vbscript: and data: URLs, attribute and element break-outs.
 */
const HOSTILE = path.join(FIXTURES, 'hostile-content');
const HOSTILE_EVENT = 'review-conference-2015-2018';

const browser = useBrowser();
let build: SiteBuild;
let pages: string[];
let own: OwnCode;
let checker: Page;
let url: string;
// Set once the build exists; the cleanup must not hide a failure before that.
let removeBuild: (() => Promise<void>) | undefined;

const read = (file: string, dist = build.dist) => readFile(path.join(dist, file), 'utf8');

/** Every active thing in every built page of `dist`, each prefixed with its file. */
async function activeContentIn(dist: string, files: readonly string[]): Promise<string[]> {
  const code = await ownCode(dist);
  const problems: string[] = [];
  for (const file of files)
    problems.push(...(await activeContent(checker, await read(file, dist), code)).map((p) => `${file}: ${p}`));
  return problems;
}

beforeAll(async () => {
  build = await buildSiteFrom(HOSTILE);
  removeBuild = build.remove;
  if (build.status !== 0) throw new Error(`the hostile content did not build:\n${build.output}`);
  pages = (await readdir(build.dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  own = await ownCode(build.dist);
  checker = (await browser.open('about:blank')).page;
  url = await browser.serve(build.dist);
}, 240_000);
afterAll(() => removeBuild?.());

describe('hostile content, built into the site', () => {
  it('is valid content that reaches the pages as visible text', async () => {
    const { problems, content } = await readContent(HOSTILE, HOSTILE);
    expect(problems).toEqual([]);
    expect(content.events.length).toBeGreaterThan(5);
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        `events/${HOSTILE_EVENT}/index.html`,
        'sources/article-review-2015-2018/index.html',
        'sources/hostile-reference/index.html',
        'about/index.html',
      ]),
    );
    const event = await read(`events/${HOSTILE_EVENT}/index.html`);
    expect(event).toContain('&lt;script&gt;alert(/xss-event-title/)&lt;/script&gt;');
    expect(event).toContain('&lt;script&gt;alert(/xss-person-name/)&lt;/script&gt;General Giap');
    const source = await read('sources/article-review-2015-2018/index.html');
    expect(source).toContain('&lt;iframe src=&quot;javascript:alert(/xss-publisher/)&quot;&gt;');
  });

  it('leaves no foreign script, frame, event handler, javascript: or data: URL, image or base element in any built page', async () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(await activeContentIn(build.dist, pages)).toEqual([]);
  });

  it('leaves every built page valid HTML', () => {
    const errors = vnuErrors(build.dist);
    expect(describeVnuErrors(errors)).toBe('');
  });

  it('opens no dialog, throws no error and requests nothing from another host in Chromium, even with the Content-Security-Policy off', async () => {
    const visits = pages.map((file) => file.replace(/(^|\/)index\.html$/u, '$1'));
    visits.push(`?item=${HOSTILE_EVENT}`, `embed/?item=${HOSTILE_EVENT}`);
    if (pages.includes('search/index.html')) visits.push('search/?q=alert');
    const report: string[] = [];
    const visitOne = async (visit: string) => {
      const watch = watchRequests(new URL(url).origin);
      const { page, context, log } = await browser.open(`${url}${visit}`, { prepare: watch.prepare, bypassCSP: true });
      if (await page.locator('defence-timeline').count())
        await page.waitForSelector('defence-timeline[data-ready="true"]', { timeout: 15_000 });
      if (visit.includes('?item=')) {
        await page.waitForSelector('.tl-details:not([hidden])', { state: 'visible' });
        await page.locator('.tl-details').hover();
      }
      if (visit.startsWith('search/?q='))
        await page.waitForFunction(() => /\d+ results? for/u.test(document.body.textContent));
      await page.mouse.move(10, 10);
      await page.waitForLoadState('networkidle');
      const live = await activeContent(page, null, own);
      await context.close();
      const found = [
        ...log.dialogs.map((dialog) => `dialog ${dialog}`),
        ...log.pageErrors.map((error) => `page error ${error}`),
        ...watch.foreign.map((request) => `request to ${request}`),
        ...live.map((problem) => `in the live page, ${problem}`),
      ];
      report.push(...found.map((line) => `/${visit}: ${line}`));
    };
    // Two pages at a time: every page of both editions is visited, in about the time one edition took alone.
    const queue = [...visits];
    const worker = async () => {
      for (let visit = queue.shift(); visit !== undefined; visit = queue.shift()) await visitOne(visit);
    };
    await Promise.all([worker(), worker()]);
    report.sort();
    expect(report).toEqual([]);
    // Every page of both editions, each loaded, drawn and watched until the network is idle.
  }, 300_000);

  it('is caught, statically and in Chromium, in a deliberately broken copy that writes a summary and a title unescaped', async () => {
    const broken = await brokenCopy(
      {
        [`events/${HOSTILE_EVENT}/index.html`]: (html) =>
          replaceExactly(
            replaceExactly(
              html,
              '&#x3C;script>alert(/xss-md-escaped/)&#x3C;/script>',
              '<script>alert(/xss-md-escaped/)</script>',
            ),
            '&lt;img src=x onerror=alert(/xss-person-vi/)&gt;',
            '<img src=x onerror=alert(/xss-person-vi/)><a href="javascript:alert(1)">x</a>',
          ),
      },
      build.dist,
    );
    try {
      const file = `events/${HOSTILE_EVENT}/index.html`;
      const problems = await activeContentIn(broken.dir, [file]);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/an inline script that is not the site's own bundle: <script>alert\(\/xss-md-escaped/u),
          expect.stringMatching(/an element <img> that is not one of the site's files/u),
          expect.stringMatching(/an event-handler attribute onerror/u),
          expect.stringMatching(/a javascript: URL in href/u),
        ]),
      );
      const brokenUrl = await browser.serve(broken.dir);
      const { page, context, log } = await browser.open(`${brokenUrl}events/${HOSTILE_EVENT}/`, { bypassCSP: true });
      await page.waitForLoadState('networkidle');
      await context.close();
      expect(log.dialogs.sort()).toEqual(['alert: /xss-md-escaped/', 'alert: /xss-person-vi/']);
      // With the policy on, the same unescaped markup is blocked and reported instead.
      const guarded = await browser.open(`${brokenUrl}events/${HOSTILE_EVENT}/`);
      await guarded.page.waitForLoadState('networkidle');
      const violations = await guarded.cspViolations();
      await guarded.context.close();
      expect(guarded.log.dialogs).toEqual([]);
      expect(violations.sort()).toEqual(['script-src-attr inline ', 'script-src-elem inline ']);
    } finally {
      await broken.remove();
    }
  });
});
