/**
 * `npm run bench` (after `astro build`): our timeline on the real site's home page against vis-timeline
 * (plain and clustered) and TimelineJS on the same synthetic datasets in one headless Chromium; the site's
 * build of generated content; the real site on a phone profile. Writes docs/bench/results.json, then
 * the tables (docs/bench/results.md and the README's "## Scale" block) from it.
 *
 *   BENCH_SIZES=100,1000   dataset sizes (default 100,1000,10000,100000; "none" to skip)
 *   BENCH_BUILD_SIZES=1000 generated-content builds (default 1000,10000; "none" to skip); every dataset size
 *                          up to 10,000 is built too, since ours is measured on that build's home page
 *   BENCH_LIBRARIES=ours    only these libraries (default all)
 *   BENCH_RUNS=3           measured runs per case, after one discarded warm-up run
 *   BENCH_PHONE=0          skip the phone profile
 *   BENCH_LIMIT_S=60       time a library may take for a run before it is reported as not finished
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { dataScriptCode } from '../../src/lib/timeline/data-globals';
import { launchChromium } from '../chromium';
import { serveStatic, type StaticServer } from '../static-server';
import { buildSite, homeTransfer, type BuiltSite } from './build-sites';
import { LIBRARIES, SETTLE_MS, type CaseResult, type Results, type SiteResult } from './cases';
import { measureCase } from './measure';
import { measurePhone } from './phone';
import { syntheticEvents } from './synthetic-events';
import { writeTables } from './table';

const ROOT = process.cwd();
const require = createRequire(import.meta.url);
const list = (name: string, fallback: string) =>
  process.env[name] === 'none' ? [] : (process.env[name] ?? fallback).split(',').map(Number);
const SIZES = list('BENCH_SIZES', '100,1000,10000,100000');
const BUILD_SIZES = list('BENCH_BUILD_SIZES', '1000,10000');
const ONLY = process.env['BENCH_LIBRARIES']?.split(',');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const LIMIT_MS = Number(process.env['BENCH_LIMIT_S'] ?? 60) * 1000;
/** Larger datasets are not built (too slow): their data replaces that of the smallest build's home page. */
const LARGEST_BUILT = 10_000;

/** The peers' pages: each library's own files and a page with the entries inline. */
async function preparePeers(): Promise<string> {
  const site = await mkdtemp(path.join(os.tmpdir(), 'timeline-bench-peers-'));
  await mkdir(path.join(site, 'bench/vendor/vis'), { recursive: true });
  await cp(path.join(ROOT, 'scripts/bench/adapters'), path.join(site, 'bench/adapters'), { recursive: true });
  const vis = path.dirname(require.resolve('vis-timeline/package.json'));
  for (const file of ['standalone/umd/vis-timeline-graph2d.min.js', 'styles/vis-timeline-graph2d.min.css'])
    await cp(path.join(vis, file), path.join(site, 'bench/vendor/vis', path.basename(file)));
  const tljs = path.dirname(require.resolve('@knight-lab/timelinejs/package.json'));
  await cp(path.join(tljs, 'dist'), path.join(site, 'bench/vendor/timelinejs'), { recursive: true });
  for (const size of SIZES) {
    const json = JSON.stringify(syntheticEvents(size)).replace(/</gu, '\\u003c');
    const peer = (css: string, js: string, adapter: string, attributes = '') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>bench</title><link rel="stylesheet" href="${css}"></head><body${attributes}>
<div id="timeline" style="width:1200px;height:600px"></div>
<script type="application/json" id="bench-data">${json}</script>
<script src="${js}"></script><script src="/bench/adapters/${adapter}"></script></body></html>`;
    const vendorVis = [
      '/bench/vendor/vis/vis-timeline-graph2d.min.css',
      '/bench/vendor/vis/vis-timeline-graph2d.min.js',
    ] as const;
    await writeFile(path.join(site, `bench/vis-timeline-${size}.html`), peer(...vendorVis, 'vis-timeline.js'));
    await writeFile(
      path.join(site, `bench/vis-timeline (cluster)-${size}.html`),
      peer(...vendorVis, 'vis-timeline.js', ' data-cluster="true"'),
    );
    await writeFile(
      path.join(site, `bench/timelinejs-${size}.html`),
      peer('/bench/vendor/timelinejs/css/timeline.css', '/bench/vendor/timelinejs/js/timeline.js', 'timelinejs.js'),
    );
  }
  return site;
}

/** Builds the generated sites (timed), measures their home pages' transfer, and serves each for ours. */
async function buildSites(browser: import('playwright-core').Browser) {
  const builtSizes = [...new Set([...BUILD_SIZES, ...SIZES.filter((size) => size <= LARGEST_BUILT)])].sort(
    (a, b) => a - b,
  );
  const larger = SIZES.filter((size) => size > LARGEST_BUILT);
  if (larger.length > 0 && builtSizes.length === 0) builtSizes.push(1000);
  const built: BuiltSite[] = [];
  const sites: SiteResult[] = [];
  const ours = new Map<number, { url: string; page: string }>();
  const servers: StaticServer[] = [];
  for (const entries of builtSizes) {
    const site = await buildSite(ROOT, entries);
    built.push(site);
    if (site.result.status === 'ok') {
      const home = await homeTransfer(browser, site.dist);
      site.result.homeTransferGzipBytes = home.gzip;
      site.result.homeRequests = home.requests;
      const server = await serveStatic(site.dist);
      servers.push(server);
      ours.set(entries, { url: server.url, page: `the real home page built from ${entries} generated entries` });
    }
    sites.push(site.result);
    console.log(
      `build ${entries} entries: ${site.result.seconds.toFixed(1)} s, ${site.result.pages} pages, home ${((site.result.homeTransferGzipBytes ?? 0) / 1000).toFixed(1)} KB gzip ${site.result.note ?? ''}`,
    );
  }
  const base = built.find((site) => site.result.status === 'ok');
  for (const size of larger) {
    if (!base) break;
    const dist = path.join(base.work, `dist-${size}`);
    await cp(base.dist, dist, { recursive: true });
    await writeFile(path.join(dist, 'data/timeline.js'), dataScriptCode(syntheticEvents(size)));
    const server = await serveStatic(dist);
    servers.push(server);
    ours.set(size, {
      url: server.url,
      page: `the real home page built from ${base.result.entries} generated entries, its /data/timeline.js replaced by ${size} entries (its chronology list keeps ${base.result.entries})`,
    });
  }
  return { built, sites, ours, servers };
}

async function main(): Promise<void> {
  const started = Date.now();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
  const browser = await launchChromium();
  const peers = await preparePeers();
  const peerServer = await serveStatic(peers);
  const { built, sites, ours, servers } = await buildSites(browser);
  const cases: CaseResult[] = [];
  const results: Results = {
    machine,
    date: '',
    limitSeconds: LIMIT_MS / 1000,
    runs: RUNS,
    settleMs: SETTLE_MS,
    cases,
    sites,
  };
  const out = path.join(ROOT, 'docs/bench');
  await mkdir(out, { recursive: true });
  // Written after every case, so that a run stopped early still leaves what it measured.
  const save = async () => {
    results.date = new Date().toISOString();
    const file = path.join(out, 'results.json');
    // Formatted as the repository's Prettier would (its checks cover docs/).
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    await writeFile(file, await prettier.format(JSON.stringify(results), options));
    return writeTables(ROOT);
  };
  try {
    if (process.env['BENCH_PHONE'] !== '0') {
      const real = await serveStatic(path.join(ROOT, 'dist'));
      servers.push(real);
      results.phone = await measurePhone(browser, real.url, Math.max(RUNS, 3));
      console.log('phone', JSON.stringify(results.phone));
    }
    await save();
    for (const size of SIZES) {
      for (const library of LIBRARIES.filter((name) => !ONLY || ONLY.includes(name))) {
        const target =
          library === 'ours'
            ? ours.get(size)
            : {
                url: `${peerServer.url}bench/${encodeURIComponent(`${library}-${size}`)}.html`,
                page: 'a bare page, entries inline',
              };
        if (!target) continue;
        const result = await measureCase(browser, target.url, library, size, RUNS, LIMIT_MS, target.page);
        cases.push(result);
        await save();
        const f = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));
        console.log(
          `${library.padEnd(22)} ${String(size).padStart(7)}  first render ${f(result.firstRenderMs, 0).padStart(6)} ms  frame p50 ${f(result.frameMedianMs).padStart(6)} p95 ${f(result.frameP95Ms).padStart(6)} ms  heap ${f(result.heapMb).padStart(5)} MB  ${result.status}${result.note ? ` (${result.note})` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
    await peerServer.close();
    for (const server of servers) await server.close();
    await rm(peers, { recursive: true, force: true });
    for (const site of built) await rm(site.work, { recursive: true, force: true });
  }
  console.log(await save());
  console.log(`bench took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
}

await main();
