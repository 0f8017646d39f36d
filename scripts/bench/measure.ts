/** One library's page in Chromium: its first render, its heap, and the main-thread work of each view change. */
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { median, quantile, range, SETTLE_CAP_MS, SETTLE_MS, viewSteps, type CaseResult, type Library } from './cases';

export const ADAPTER_OURS = path.join(import.meta.dirname, 'adapters/ours.js');
export const ADAPTER_SETTLE = path.join(import.meta.dirname, 'adapters/settle.js');

interface RunResult {
  status: 'ok' | 'timeout' | 'error';
  note?: string;
  firstRenderMs?: number;
  loadMs?: number;
  heapMb?: number;
  frames: number[];
}

export type BenchWindow = Window & {
  bench: { ready: Promise<{ loaded: number; render: number }>; apply: (step: unknown) => void };
  benchStep: (step: unknown, settle: number, cap: number) => Promise<void>;
  benchClickToDetails: () => Promise<number>;
};

function withLimit<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        resolve('timeout');
      }, ms);
    }),
  ]).finally(() => {
    clearTimeout(timer);
  });
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** A browser context that reaches only the loopback server: a page that calls elsewhere is cut off, not helped. */
export async function loopbackContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  return context;
}

/** Waits for the first render (as the page's adapter reports it); null when it did not come within `limitMs`. */
export async function firstRender(
  page: import('playwright-core').Page,
  limitMs: number,
): Promise<{ loaded: number; render: number } | null> {
  const ready = await withLimit(
    page
      .waitForFunction(() => 'bench' in window, undefined, { timeout: limitMs, polling: 5 })
      .then(() => page.evaluate(() => (window as unknown as BenchWindow).bench.ready)),
    limitMs,
  );
  return ready === 'timeout' ? null : ready;
}

async function runOnce(
  browser: Browser,
  url: string,
  library: Library,
  limitMs: number,
  withSteps = true,
): Promise<RunResult> {
  const context = await loopbackContext(browser);
  // Ours is the site's own page, its CSP kept: its adapter comes in as a DevTools init script.
  if (library === 'ours') await context.addInitScript({ path: ADAPTER_OURS });
  await context.addInitScript({ path: ADAPTER_SETTLE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result: RunResult = { status: 'ok', frames: [] };
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: limitMs });
    const ready = await firstRender(page, limitMs);
    if (!ready) return { ...result, status: 'timeout', note: `no first render within ${limitMs / 1000} s` };
    result.firstRenderMs = ready.render;
    result.loadMs = ready.loaded;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapMb = heap.usedSize / 2 ** 20;
    const steps = withSteps ? viewSteps() : [];
    const started = Date.now();
    for (const step of steps) {
      if (Date.now() - started > limitMs) {
        result.note = `stopped after ${result.frames.length} of ${steps.length} view changes (${limitMs / 1000} s limit)`;
        break;
      }
      const before = await taskSeconds(cdp);
      await page.evaluate(({ s, settle, cap }) => (window as unknown as BenchWindow).benchStep(s, settle, cap), {
        s: step,
        settle: SETTLE_MS,
        cap: SETTLE_CAP_MS,
      });
      result.frames.push(((await taskSeconds(cdp)) - before) * 1000);
    }
  } catch (error) {
    return { ...result, status: 'error', note: (error as Error).message.split('\n')[0] ?? 'error' };
  } finally {
    await context.close();
  }
  return result;
}

/** A warm-up run (discarded), then `runs` runs: medians and ranges of their figures. */
export async function measureCase(
  browser: Browser,
  url: string,
  library: Library,
  entries: number,
  runs: number,
  limitMs: number,
  page: string,
): Promise<CaseResult> {
  const base: CaseResult = { entries, library, runs: 0, status: 'ok', page };
  const warmUp = await runOnce(browser, url, library, limitMs);
  // A library that cannot draw the dataset at all is not asked again.
  if (warmUp.status !== 'ok') return { ...base, status: warmUp.status, note: `warm-up run: ${warmUp.note ?? ''}` };
  // One that cannot go through every window within the limit is measured for its first render only; its
  // frames are those of the warm-up run, as far as it got.
  const withSteps = warmUp.note === undefined;
  const done: RunResult[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = await runOnce(browser, url, library, limitMs, withSteps);
    if (run.status !== 'ok') return { ...base, runs: done.length, status: run.status, note: run.note ?? run.status };
    done.push(withSteps ? run : { ...run, frames: warmUp.frames });
  }
  const pick = (key: 'firstRenderMs' | 'loadMs' | 'heapMb') =>
    done.map((run) => run[key]).filter((value): value is number => value !== undefined);
  const p50 = done.map((run) => quantile(run.frames, 0.5));
  const p95 = done.map((run) => quantile(run.frames, 0.95));
  const counts = done.map((run) => run.frames.length);
  const stopped = withSteps
    ? done.find((run) => run.note)?.note
    : `warm-up run ${warmUp.note ?? ''}: frames from that run only, first render and heap from ${done.length} runs`;
  return {
    ...base,
    runs: done.length,
    ...(stopped ? { note: stopped } : {}),
    firstRenderMs: median(pick('firstRenderMs')),
    firstRenderRange: range(pick('firstRenderMs')),
    loadMs: median(pick('loadMs')),
    frameMedianMs: median(p50),
    frameMedianRange: range(p50),
    frameP95Ms: median(p95),
    frameP95Range: range(p95),
    frames: Math.min(...counts),
    heapMb: median(pick('heapMb')),
  };
}
