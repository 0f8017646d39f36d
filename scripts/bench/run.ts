/**
 * `npm run bench`: measures the timeline against vis-timeline and TimelineJS on
 * the same synthetic datasets in one headless Chromium, and the site's build
 * with generated content. Prints a table and writes docs/bench/results.{md,json}.
 *
 *   BENCH_SIZES=100,1000   dataset sizes (default 100,1000,10000,100000; "none" to skip)
 *   BENCH_BUILD_SIZES=1000 content sizes for the build benchmark (default 1000,10000; "none" to skip)
 *   BENCH_LIMIT_S=60       time a library may take for a case before it is reported as not finished
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { launchChromium } from '../chromium';
import { serveStatic } from '../static-server';
import { directorySize, writeContentDir } from './synthetic-content';
import { syntheticEvents } from './synthetic-events';
import { dataScriptCode } from '../../src/lib/timeline/data-globals';

const ROOT = process.cwd();
const require = createRequire(import.meta.url);
const SIZES =
  process.env['BENCH_SIZES'] === 'none'
    ? []
    : (process.env['BENCH_SIZES'] ?? '100,1000,10000,100000').split(',').map(Number);
const BUILD_SIZES =
  process.env['BENCH_BUILD_SIZES'] === 'none'
    ? []
    : (process.env['BENCH_BUILD_SIZES'] ?? '1000,10000').split(',').map(Number);
const LIMIT_MS = Number(process.env['BENCH_LIMIT_S'] ?? 60) * 1000;
const LIBRARIES = ['ours', 'vis-timeline', 'timelinejs'] as const;
type Library = (typeof LIBRARIES)[number];

const DAY = 86_400_000;
const SCOPE: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)];

interface Step {
  kind: 'zoom-in' | 'pan' | 'zoom-out';
  window: [number, number];
}

/** Zoom from the whole range to a month, pan across every year at that zoom, and zoom back out. */
function viewSteps(): Step[] {
  const steps: Step[] = [];
  const centre = Date.UTC(2020, 5, 15);
  const full = SCOPE[1] - SCOPE[0];
  const month = 30 * DAY;
  const zoomSpan = (i: number) => full * Math.pow(month / full, i / 20);
  for (let i = 1; i <= 20; i += 1) {
    const span = zoomSpan(i);
    steps.push({ kind: 'zoom-in', window: [centre - span / 2, centre + span / 2] });
  }
  for (let i = 0; i <= 40; i += 1) {
    const start = SCOPE[0] + ((SCOPE[1] - month - SCOPE[0]) * i) / 40;
    steps.push({ kind: 'pan', window: [start, start + month] });
  }
  for (let i = 19; i >= 0; i -= 1) {
    const span = zoomSpan(i);
    const middle = SCOPE[1] - month / 2;
    const start = Math.max(SCOPE[0], Math.min(middle - span / 2, SCOPE[1] - span));
    steps.push({ kind: 'zoom-out', window: [start, start + span] });
  }
  return steps;
}

interface CaseResult {
  library: Library;
  size: number;
  status: 'ok' | 'timeout' | 'error';
  note?: string;
  /** From the timeline's own script starting to its first frame drawn. */
  firstRenderMs?: number;
  /** From navigation (the page and its inline data arriving and parsing) to that frame. */
  loadMs?: number;
  frameMedianMs?: number;
  frameP95Ms?: number;
  frames?: number;
  heapMb?: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const escapeScript = (json: string) => json.replace(/</gu, '\\u003c');

async function writePages(site: string, size: number): Promise<void> {
  const data = syntheticEvents(size);
  const json = escapeScript(JSON.stringify(data));
  // Ours: the real /embed/ page, its data script (/data/timeline.js) swapped for one of the synthetic entries.
  const embed = await readFile(path.join(ROOT, 'dist/embed/index.html'), 'utf8');
  const dataScript = /src="[^"]*\/data\/timeline\.js\?v=[0-9a-f]+"/u;
  if (!dataScript.test(embed)) throw new Error('dist/embed/index.html no longer loads /data/timeline.js');
  await writeFile(path.join(site, `bench/ours-data-${size}.js`), dataScriptCode(JSON.stringify(data)));
  const ours = embed
    .replace(dataScript, `src="/bench/ours-data-${size}.js"`)
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, '')
    .replace('</body>', '<script src="/bench/adapters/ours.js"></script></body>');
  await writeFile(path.join(site, `bench/ours-${size}.html`), ours);
  const peer = (
    css: string,
    js: string,
    adapter: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>bench</title><link rel="stylesheet" href="${css}"></head><body>
<div id="timeline" style="width:1200px;height:600px"></div>
<script type="application/json" id="bench-data">${json}</script>
<script src="${js}"></script><script src="/bench/adapters/${adapter}"></script></body></html>`;
  await writeFile(
    path.join(site, `bench/vis-timeline-${size}.html`),
    peer(
      '/bench/vendor/vis/vis-timeline-graph2d.min.css',
      '/bench/vendor/vis/vis-timeline-graph2d.min.js',
      'vis-timeline.js',
    ),
  );
  await writeFile(
    path.join(site, `bench/timelinejs-${size}.html`),
    peer('/bench/vendor/timelinejs/css/timeline.css', '/bench/vendor/timelinejs/js/timeline.js', 'timelinejs.js'),
  );
}

async function prepareSite(): Promise<string> {
  const site = await mkdtemp(path.join(os.tmpdir(), 'timeline-bench-'));
  await cp(path.join(ROOT, 'dist'), site, { recursive: true });
  await mkdir(path.join(site, 'bench/vendor/vis'), { recursive: true });
  await cp(path.join(ROOT, 'scripts/bench/adapters'), path.join(site, 'bench/adapters'), { recursive: true });
  const vis = path.dirname(require.resolve('vis-timeline/package.json'));
  await cp(
    path.join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'),
    path.join(site, 'bench/vendor/vis/vis-timeline-graph2d.min.js'),
  );
  await cp(
    path.join(vis, 'styles/vis-timeline-graph2d.min.css'),
    path.join(site, 'bench/vendor/vis/vis-timeline-graph2d.min.css'),
  );
  await cp(
    path.join(path.dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist'),
    path.join(site, 'bench/vendor/timelinejs'),
    {
      recursive: true,
    },
  );
  for (const size of SIZES) await writePages(site, size);
  return site;
}

function withLimit<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([
    promise,
    new Promise<'timeout'>((resolve) => {
      setTimeout(() => {
        resolve('timeout');
      }, ms);
    }),
  ]);
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

async function measure(browser: Browser, url: string, library: Library, size: number): Promise<CaseResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing may come from another host; a library that tries is cut off, not helped.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result: CaseResult = { library, size, status: 'ok' };
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: LIMIT_MS });
    const ready = await withLimit(
      page
        .waitForFunction(() => 'bench' in window, undefined, { timeout: LIMIT_MS, polling: 5 })
        .then(() =>
          page.evaluate(
            () => (window as unknown as { bench: { ready: Promise<{ loaded: number; render: number }> } }).bench.ready,
          ),
        ),
      LIMIT_MS,
    );
    if (ready === 'timeout')
      return { ...result, status: 'timeout', note: `no first render within ${LIMIT_MS / 1000} s` };
    result.firstRenderMs = ready.render;
    result.loadMs = ready.loaded;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapMb = heap.usedSize / 2 ** 20;

    const frames: number[] = [];
    const started = Date.now();
    for (const step of viewSteps()) {
      if (Date.now() - started > LIMIT_MS) {
        result.note = `stopped after ${frames.length} of ${viewSteps().length} view changes (${LIMIT_MS / 1000} s limit)`;
        break;
      }
      const before = await taskSeconds(cdp);
      await page.evaluate(
        (s) =>
          new Promise<void>((resolve) => {
            (window as unknown as { bench: { apply: (step: unknown) => void } }).bench.apply(s);
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                resolve();
              });
            });
          }),
        step,
      );
      frames.push(((await taskSeconds(cdp)) - before) * 1000);
    }
    result.frames = frames.length;
    result.frameMedianMs = quantile(frames, 0.5);
    result.frameP95Ms = quantile(frames, 0.95);
  } catch (error) {
    return { ...result, status: 'error', note: (error as Error).message.split('\n')[0] ?? 'error' };
  } finally {
    await context.close();
  }
  return result;
}

interface BuildResult {
  entries: number;
  seconds: number;
  outputMb: number;
  pages: number;
  status: 'ok' | 'error';
  note?: string;
}

async function benchBuild(entries: number): Promise<BuildResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'timeline-bench-build-'));
  const content = path.join(work, 'content');
  const out = path.join(work, 'dist');
  await writeContentDir(content, entries);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/u.test(name)),
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
    {
      cwd: ROOT,
      env: { ...env, TIMELINE_CONTENT_DIR: content },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pages = Number(/(\d+) page\(s\) built/u.exec(run.stdout)?.[1] ?? 0);
  const result: BuildResult = { entries, seconds, outputMb: 0, pages, status: run.status === 0 ? 'ok' : 'error' };
  if (run.status !== 0) result.note = (run.stderr || run.stdout).split('\n').slice(-5).join(' ');
  else result.outputMb = (await directorySize(out)) / 2 ** 20;
  await rm(work, { recursive: true, force: true });
  return result;
}

const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));

function ratio(ours: number | undefined, theirs: CaseResult): string {
  if (theirs.status !== 'ok') return theirs.status === 'timeout' ? 'did not finish' : 'failed';
  return ours === undefined ? '—' : '';
}

function markdown(cases: CaseResult[], builds: BuildResult[], machine: string): string {
  const lines = [
    `Machine: ${machine}`,
    '',
    'Timeline in headless Chromium (1280×900). First render: from the library’s script starting (data parsing included) to',
    'its first frame drawn; page load: from navigation to that frame (ours loads its entries by its data script, as the site does; the peers’ pages carry them inline). Frame: main-thread',
    'work (CDP TaskDuration) per view change while zooming from the whole range to a month, panning across all eleven',
    'years and zooming out (81 changes). Ratios are the peer’s figure divided by ours: above 1 is in our favour.',
    '',
    '| entries | library | first render ms | page load ms | frame median ms | frame p95 ms | heap MB | × first render | × frame median | × frame p95 | × heap | note |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const size of SIZES) {
    const ours = cases.find((c) => c.size === size && c.library === 'ours');
    for (const library of LIBRARIES) {
      const c = cases.find((x) => x.size === size && x.library === library);
      if (!c) continue;
      const x = (a: number | undefined, b: number | undefined) =>
        library === 'ours' ? '1' : c.status !== 'ok' ? ratio(undefined, c) : a && b ? (a / b).toFixed(1) : '—';
      lines.push(
        `| ${size.toLocaleString('en')} | ${library} | ${fixed(c.firstRenderMs, 0)} | ${fixed(c.loadMs, 0)} | ${fixed(c.frameMedianMs)} | ${fixed(c.frameP95Ms)} | ${fixed(c.heapMb)} | ${x(c.firstRenderMs, ours?.firstRenderMs)} | ${x(c.frameMedianMs, ours?.frameMedianMs)} | ${x(c.frameP95Ms, ours?.frameP95Ms)} | ${x(c.heapMb, ours?.heapMb)} | ${c.status === 'ok' ? (c.note ?? '') : (c.note ?? c.status)} |`,
      );
    }
  }
  if (builds.length > 0) {
    lines.push('', 'Site build (`astro build` with Pagefind) of generated content entries:', '');
    lines.push(
      '| entries | pages | seconds | ms per entry | output MB | note |',
      '| ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const b of builds) {
      lines.push(
        `| ${b.entries.toLocaleString('en')} | ${b.pages.toLocaleString('en')} | ${fixed(b.seconds)} | ${fixed((b.seconds * 1000) / b.entries)} | ${fixed(b.outputMb)} | ${b.note ?? ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
  const site = await prepareSite();
  const server = await serveStatic(site);
  const browser = await launchChromium();
  const cases: CaseResult[] = [];
  try {
    for (const size of SIZES) {
      for (const library of LIBRARIES) {
        const result = await measure(browser, `${server.url}bench/${library}-${size}.html`, library, size);
        cases.push(result);
        console.log(
          `${library.padEnd(13)} ${String(size).padStart(7)}  first render ${fixed(result.firstRenderMs, 0).padStart(7)} ms (load ${fixed(result.loadMs, 0).padStart(6)})  frame p50 ${fixed(result.frameMedianMs).padStart(6)} p95 ${fixed(result.frameP95Ms).padStart(6)} ms  heap ${fixed(result.heapMb).padStart(6)} MB  ${result.status}${result.note ? ` (${result.note})` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
  const builds: BuildResult[] = [];
  for (const entries of BUILD_SIZES) {
    const result = await benchBuild(entries);
    builds.push(result);
    console.log(
      `build ${entries} entries: ${fixed(result.seconds)} s, ${result.pages} pages, ${fixed(result.outputMb)} MB ${result.note ?? ''}`,
    );
  }
  const out = path.join(ROOT, 'docs/bench');
  await mkdir(out, { recursive: true });
  const table = markdown(cases, builds, machine);
  await writeFile(path.join(out, 'results.md'), table);
  await writeFile(
    path.join(out, 'results.json'),
    `${JSON.stringify({ machine, date: new Date().toISOString(), limitSeconds: LIMIT_MS / 1000, cases, builds }, null, 2)}\n`,
  );
  console.log(`\n${table}`);
}

await main();
