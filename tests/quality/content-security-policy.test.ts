import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, replaceExactly, type BrokenCopy } from '../helpers/quality-broken';
import { metaPolicies, parsePolicy, policyProblems } from '../helpers/quality-csp';
import { PAGE_KINDS, exerciseTimeline, settle } from '../helpers/quality-pages';
import { useBrowser, type OpenedPage } from '../helpers/browser';
import { DIST } from '../helpers/fixtures';

const browser = useBrowser();
let url: string;
let pages: string[];
// Undefined when their hook failed: the cleanup must not hide that failure.
let withInlineCode: BrokenCopy | undefined;
let withoutPolicy: BrokenCopy | undefined;

/** Code written into the page as a reader's browser would receive it from a compromised host or content. */
const INJECTED =
  '<script>window.__inlineRan = true;</script>' +
  '<img src="/no-such-image.png" alt="" onerror="window.__handlerRan = true">' +
  '<script src="/_astro/try-eval.js"></script>';
/** A script of the site's own origin, which the policy lets run, trying eval. */
const TRY_EVAL = `try { eval('window.__evalRan = true'); } catch (error) { window.__evalBlocked = error instanceof EvalError; }`;

beforeAll(async () => {
  url = await browser.serve();
  pages = (await readdir(DIST, { recursive: true })).map(String).filter((file) => file.endsWith('.html'));
  const inject = (html: string) => replaceExactly(html, '</h1>', `</h1>${INJECTED}`);
  withInlineCode = await brokenCopy({ 'index.html': inject, '_astro/try-eval.js': TRY_EVAL });
  withoutPolicy = await brokenCopy({
    'index.html': (html) => inject(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, () => '')),
    '_astro/try-eval.js': TRY_EVAL,
  });
});
afterAll(async () => {
  await withInlineCode?.remove();
  await withoutPolicy?.remove();
});

const cspConsoleErrors = (opened: OpenedPage) =>
  opened.log.consoleErrors.filter((text) => /Content Security Policy/iu.test(text));

const flag = (page: Page, name: string) =>
  page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);

/** Every built page is visited: a page per entry and per source, several hundred, about 0.2 s each. */
const EVERY_PAGE_TIMEOUT = 600_000;

describe('the Content-Security-Policy of the built site', () => {
  it('is set by one meta element, before any script or stylesheet, on every built page', async () => {
    expect(pages.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const file of pages) {
      const html = await readFile(path.join(DIST, file), 'utf8');
      const policies = metaPolicies(html);
      if (policies.length !== 1) {
        problems.push(`${file}: ${policies.length} policies`);
        continue;
      }
      const meta = html.search(/<meta http-equiv="Content-Security-Policy"/iu);
      const firstResource = html.search(/<script|<link[^>]+rel="(?:stylesheet|modulepreload|preload)"|<style/iu);
      if (firstResource !== -1 && firstResource < meta) problems.push(`${file}: a resource comes before the policy`);
    }
    expect(problems).toEqual([]);
  });

  it('forbids scripts from other origins, inline scripts, event-handler attributes, eval and plugins on every built page', async () => {
    const problems: string[] = [];
    for (const file of pages) {
      for (const policy of metaPolicies(await readFile(path.join(DIST, file), 'utf8')))
        problems.push(...policyProblems(parsePolicy(policy)).map((problem) => `${file}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it('finds what is wrong with a lax policy', () => {
    const lax = parsePolicy("script-src 'self' 'unsafe-inline' https://cdn.example.net; style-src 'unsafe-inline'");
    expect(policyProblems(lax)).toEqual([
      'has no default-src',
      "allows scripts from 'unsafe-inline'",
      'allows scripts from https://cdn.example.net',
      "object-src is unset, not 'none'",
      "base-uri is unset, not 'self' or 'none'",
      "allows styles from 'unsafe-inline'",
    ]);
  });

  for (const kind of PAGE_KINDS) {
    const doing = kind.timeline ? ', and the timeline draws its marks and opens an entry on click' : '';
    it(`lets ${kind.name} load with no violation${doing}`, async () => {
      const opened = await browser.open(`${url}${kind.path.slice(1)}`);
      await settle(opened.page, kind);
      if (kind.timeline) {
        expect(await opened.page.locator('.tl-item').count()).toBeGreaterThan(0);
        const id = await exerciseTimeline(opened.page);
        expect(new URL(opened.page.url()).searchParams.get('item')).toBe(id);
      }
      const violations = await opened.cspViolations();
      await opened.context.close();
      expect(violations).toEqual([]);
      expect(cspConsoleErrors(opened)).toEqual([]);
      expect(opened.log.pageErrors).toEqual([]);
    });
  }

  it('lets the search page find entries with no violation', async () => {
    const opened = await browser.open(`${url}search/?q=expo`);
    await opened.page.waitForSelector('site-search [data-part="results"] li a', { timeout: 15_000 });
    const violations = await opened.cspViolations();
    await opened.context.close();
    expect(violations).toEqual([]);
    expect(cspConsoleErrors(opened)).toEqual([]);
    expect(opened.log.pageErrors).toEqual([]);
  });

  it(
    'lets every built page load with no violation',
    async () => {
      // Several tabs at once: the site has a page per entry and per source, hundreds of them.
      const TABS = 4;
      const tabs = await Promise.all(Array.from({ length: TABS }, () => browser.open(url)));
      const violations: string[] = [];
      await Promise.all(
        tabs.map(async (opened, tab) => {
          for (const file of pages.filter((_, index) => index % TABS === tab)) {
            await opened.page.goto(`${url}${file.replace(/(^|\/)index\.html$/u, '$1')}`, { waitUntil: 'load' });
            violations.push(...(await opened.cspViolations()).map((violation) => `${file}: ${violation}`));
          }
        }),
      );
      for (const opened of tabs) await opened.context.close();
      expect(violations).toEqual([]);
      for (const opened of tabs) expect(cspConsoleErrors(opened)).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('blocks an inline script, an event-handler attribute, a javascript: link and a script from another host added at run time', async () => {
    const opened = await browser.open(url);
    const { page } = opened;
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    await settle(page, PAGE_KINDS[0]!);
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.head.append(inline);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__handlerRan = true');
      document.body.append(button);
      button.click();
      const link = document.createElement('a');
      link.href = 'javascript:window.__linkRan = true';
      document.body.append(link);
      link.click();
      const foreign = document.createElement('script');
      foreign.src = 'https://cdn.example.net/payload.js';
      document.head.append(foreign);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 4);
    for (const name of ['__inlineRan', '__handlerRan', '__linkRan'])
      expect(await flag(page, name), name).toBeUndefined();
    const violations = await opened.cspViolations();
    await opened.context.close();
    expect(violations.sort()).toEqual([
      'script-src-attr inline ',
      'script-src-elem https://cdn.example.net/payload.js ',
      'script-src-elem inline ',
      'script-src-elem inline ',
    ]);
    // The policy stopped the foreign script before its request left the browser.
    expect(failed).toEqual(['https://cdn.example.net/payload.js csp']);
  });

  it('blocks, and reports as violations, an inline script, an onerror handler and eval in a deliberately broken copy of the home page', async () => {
    const opened = await browser.open(await browser.serve(withInlineCode!.dir));
    await settle(opened.page, PAGE_KINDS[0]!);
    await opened.page.waitForFunction(() => '__evalBlocked' in window);
    expect(await flag(opened.page, '__inlineRan')).toBeUndefined();
    expect(await flag(opened.page, '__handlerRan')).toBeUndefined();
    expect(await flag(opened.page, '__evalRan')).toBeUndefined();
    expect(await flag(opened.page, '__evalBlocked')).toBe(true);
    const violations = await opened.cspViolations();
    await opened.context.close();
    expect(violations.sort()).toEqual([
      expect.stringMatching(/^script-src eval /u),
      expect.stringMatching(/^script-src-attr inline /u),
      expect.stringMatching(/^script-src-elem inline /u),
    ]);
  });

  it('is what stops that code: without the policy, the same broken copy runs it', async () => {
    const opened = await browser.open(await browser.serve(withoutPolicy!.dir));
    await settle(opened.page, PAGE_KINDS[0]!);
    await opened.page.waitForFunction(() => '__handlerRan' in window && '__evalRan' in window);
    expect(await flag(opened.page, '__inlineRan')).toBe(true);
    expect(await flag(opened.page, '__handlerRan')).toBe(true);
    expect(await flag(opened.page, '__evalRan')).toBe(true);
    await opened.context.close();
  });
});
