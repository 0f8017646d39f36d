import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { ROOT } from './fixtures';

/** Serves the built site (or a folder known only once built) and opens Chromium for the tests of one file. */
export function useBuiltSite(dist: string | (() => string) = path.join(ROOT, 'dist'), prefix = '/') {
  const site = { url: '', browser: undefined as unknown as Browser };
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(typeof dist === 'string' ? dist : dist(), prefix);
    site.url = server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return site.url;
    },
    /** A new page in a fresh context; page errors fail the test that caused them. */
    async open(pathAndQuery = '', options: BrowserContextOptions = {}): Promise<Page> {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      (page as Page & { errors: string[] }).errors = errors;
      await page.goto(`${site.url}${pathAndQuery.replace(/^\//u, '')}`);
      return page;
    },
  };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}
