/**
 * The real site built from generated content: how long the build takes, how big it is, and what its home
 * page costs to load. The built sites are then served to measure our timeline on its real home page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { measureTransfers, sum } from '../../tests/helpers/quality-weight';
import { serveStatic } from '../static-server';
import type { SiteResult } from './cases';
import { loopbackContext } from './measure';
import { directorySize, writeContentDir } from './synthetic-content';

export interface BuiltSite {
  /** The build's output folder (below `work`, which holds its content too). */
  dist: string;
  work: string;
  result: SiteResult;
}

/** `astro build --outDir` of `entries` generated entries (TIMELINE_CONTENT_DIR), timed from start to end. */
export async function buildSite(root: string, entries: number): Promise<BuiltSite> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'timeline-bench-build-'));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  await writeContentDir(content, entries);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/u.test(name)),
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    { cwd: root, env: { ...env, TIMELINE_CONTENT_DIR: content }, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pages = Number(/(\d+) page\(s\) built/u.exec(run.stdout)?.[1] ?? 0);
  const result: SiteResult = {
    entries,
    pages,
    seconds,
    msPerEntry: (seconds * 1000) / entries,
    distBytes: 0,
    status: run.status === 0 ? 'ok' : 'error',
  };
  if (run.status !== 0) result.note = (run.stderr || run.stdout).split('\n').slice(-5).join(' ');
  else result.distBytes = await directorySize(dist);
  return { dist, work, result };
}

/**
 * Loads the built home page in Chromium and sums, gzip -9 as a static host would send them, the files of
 * everything it requested until the network was idle (as the weight test does).
 */
export async function homeTransfer(browser: Browser, dist: string): Promise<{ gzip: number; requests: number }> {
  const server = await serveStatic(dist);
  const context = await loopbackContext(browser);
  try {
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname === '127.0.0.1') urls.push(request.url());
    });
    await page.goto(server.url, { waitUntil: 'networkidle', timeout: 120_000 });
    const transfers = await measureTransfers(dist, urls);
    return { gzip: sum(transfers), requests: transfers.length };
  } finally {
    await context.close();
    await server.close();
  }
}
