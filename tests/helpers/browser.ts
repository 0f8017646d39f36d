/**
 * The one harness of the browser tier: a Chromium (Debian's, through
 * playwright-core) for the tests of one file, static servers for built sites
 * (`dist/` or any other build, each on its own loopback port), and pages that
 * log what went wrong on them.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { DIST } from './fixtures';

/** What a page did while it was open: errors, console errors, dialogs (each dismissed). */
interface PageLog {
  pageErrors: string[];
  consoleErrors: string[];
  dialogs: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  log: PageLog;
  /** CSP violations the document reported (`securitypolicyviolation` events), as "directive blocked-uri sample". */
  cspViolations: () => Promise<string[]>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Runs on the new context before the page navigates (routes, request listeners, init scripts). */
  prepare?: (context: BrowserContext) => Promise<void> | void;
}

/** Collects `securitypolicyviolation` events from the first moment of every document. */
const LISTEN_FOR_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push([event.violatedDirective, event.blockedURI, event.sample].join(' '));
  });
`;

/** Chromium and static servers for the tests of one file, started before them and stopped after. */
export function useBrowser() {
  let browser: Browser | undefined;
  const servers: StaticServer[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  });

  return {
    /** Serves `dir` at `prefix` and returns its URL, ending in "/". */
    async serve(dir: string = DIST, prefix = '/'): Promise<string> {
      const server = await serveStatic(dir, { prefix });
      servers.push(server);
      return server.url;
    },

    /** Opens `url` in a fresh 1280×900 context that logs errors, dialogs (dismissed) and CSP violations. */
    async open(url: string, { prepare, ...options }: OpenOptions = {}): Promise<OpenedPage> {
      if (!browser) throw new Error('the browser is not running yet: call open() inside a test or hook');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      await context.addInitScript(LISTEN_FOR_CSP_VIOLATIONS);
      await prepare?.(context);
      const page = await context.newPage();
      const log: PageLog = { pageErrors: [], consoleErrors: [], dialogs: [] };
      page.on('pageerror', (error) => log.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') log.consoleErrors.push(message.text());
      });
      page.on('dialog', (dialog) => {
        log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      await page.goto(url);
      return {
        page,
        context,
        log,
        cspViolations: () =>
          page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
      };
    },
  };
}

const errorsOf = new WeakMap<Page, PageLog>();

/**
 * One built site (dist/ by default, or a folder known only once a hook has
 * built it) served at `prefix`, opened page by page by path.
 */
export function useBuiltSite(dist: string | (() => string) = DIST, prefix = '/') {
  const harness = useBrowser();
  let url = '';
  beforeAll(async () => {
    url = await harness.serve(typeof dist === 'string' ? dist : dist(), prefix);
  });
  return {
    get url() {
      return url;
    },
    /** A new page in a fresh context; see pageErrors() for what went wrong on it. */
    async open(pathAndQuery = '', options: OpenOptions = {}): Promise<Page> {
      const { page, log } = await harness.open(`${url}${pathAndQuery.replace(/^\//u, '')}`, options);
      errorsOf.set(page, log);
      return page;
    },
    /** Opens a page with the timeline and waits until it is drawn. */
    async openTimeline(pathAndQuery = '', options: OpenOptions = {}): Promise<Page> {
      const page = await this.open(pathAndQuery, options);
      await page.waitForSelector('defence-timeline[data-ready="true"]');
      return page;
    },
  };
}

/** Uncaught errors and console errors of a page opened by useBuiltSite(). */
export function pageErrors(page: Page): string[] {
  const log = errorsOf.get(page);
  return log ? [...log.pageErrors, ...log.consoleErrors] : [];
}
