/**
 * `npm run bench:table`: the tables of docs/bench/results.json, written to docs/bench/results.md and
 * between the README's `<!-- bench:start -->` and `<!-- bench:end -->` markers. `npm run bench` ends with it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LIBRARIES, viewSteps, type CaseResult, type Results } from './cases';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const STEPS = viewSteps().length;

const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));
const ranged = (value: number | undefined, span: [number, number] | undefined, digits = 1) =>
  value === undefined ? '—' : `${fixed(value, digits)} (${fixed(span?.[0], digits)}–${fixed(span?.[1], digits)})`;
const count = (value: number) => value.toLocaleString('en');

/** Frames are compared only where both went through all the windows. */
const complete = (c: CaseResult | undefined): c is CaseResult => c?.status === 'ok' && c.frames === STEPS;

function ratio(peer: CaseResult, ours: CaseResult | undefined, key: keyof CaseResult, frames: boolean): string {
  if (peer.library === 'ours') return '1';
  if (peer.status !== 'ok') return peer.status === 'timeout' ? 'did not finish' : 'failed';
  if (frames && (!complete(peer) || !complete(ours))) return '—';
  const a = peer[key];
  const b = ours?.[key];
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? (a / b).toFixed(1) : '—';
}

function casesTable(results: Results): string[] {
  const lines = [
    `Timeline in headless Chromium (1280×900), ${results.runs} runs per case after a discarded warm-up run: the median, and in brackets the range (min–max) over the runs. First render: from the library’s script starting (ours: its data script, so that parsing the data counts) to its first frame drawn. Frame: main-thread work (CDP TaskDuration) per view change, through the same ${STEPS} windows for every library (zoom from the whole range to a month, pan across all eleven years at a month, zoom back out); after each change the benchmark waits at least ${results.settleMs} ms (one timer) and until the page runs no animation (\`document.getAnimations()\`, asked every 20 ms after that, at most 3 s), then two frames, and all that work is the change’s cost — for ours this includes writing the window to the URL 150 ms after the view rests. A run may take ${results.limitSeconds} s at most. Ratios are the peer’s figure divided by ours (above 1 is in our favour); frame ratios only where both went through all ${STEPS} windows.`,
    '',
    '- **ours**: the real home page of the site built from that many generated entries (`TIMELINE_CONTENT_DIR`), served as built, CSP kept, chronology list rendered; driven through the element’s `setWindow()`. At 100,000 entries: the home page of the 1,000-entry build with its `/data/timeline.js` replaced, the titles in it (a site that large is built with its titles in chunks, loaded as they are drawn).',
    '- **vis-timeline**: `setWindow(start, end, { animation: false })`, each item drawn; **vis-timeline (cluster)**: the same with its own level of detail, the `cluster` option (defaults).',
    '- **TimelineJS** has no call to show a period: each window is shown through its TimeNav (`timeline._timenav`, internal) by `setZoomFactor(span of the data ÷ window)` and its slider moved to centre the window, which it animates by CSS transitions (1 s); every window can be shown this way (narrower than its zoom buttons reach, factor 89).',
    '',
    '| entries | library | runs | first render ms | frame median ms | frame p95 ms | heap MB | × first render | × frame median | × frame p95 | note |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const sizes = [...new Set(results.cases.map((c) => c.entries))];
  for (const size of sizes) {
    const ours = results.cases.find((c) => c.entries === size && c.library === 'ours');
    for (const library of LIBRARIES) {
      const c = results.cases.find((x) => x.entries === size && x.library === library);
      if (!c) continue;
      const note = c.status === 'ok' ? (c.note ?? '') : (c.note ?? c.status);
      lines.push(
        `| ${count(size)} | ${library} | ${c.runs} | ${ranged(c.firstRenderMs, c.firstRenderRange, 0)} | ${ranged(c.frameMedianMs, c.frameMedianRange)} | ${ranged(c.frameP95Ms, c.frameP95Range)} | ${fixed(c.heapMb)} | ${ratio(c, ours, 'firstRenderMs', false)} | ${ratio(c, ours, 'frameMedianMs', true)} | ${ratio(c, ours, 'frameP95Ms', true)} | ${note} |`,
      );
    }
  }
  return lines;
}

function sitesTable(results: Results): string[] {
  if (results.sites.length === 0) return [];
  const lines = [
    '',
    'The real site built (`astro build` with Pagefind, `TIMELINE_CONTENT_DIR`) from generated entries; home transfer: the built home page loaded in Chromium, everything it requested until the network was idle, gzip -9:',
    '',
    '| entries | pages | build s | ms per entry | home transfer KB gzip | requests | output MB | note |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const s of results.sites) {
    lines.push(
      `| ${count(s.entries)} | ${count(s.pages)} | ${fixed(s.seconds)} | ${fixed(s.msPerEntry)} | ${s.homeTransferGzipBytes === undefined ? '—' : fixed(s.homeTransferGzipBytes / 1000)} | ${s.homeRequests ?? '—'} | ${fixed(s.distBytes / 2 ** 20)} | ${s.note ?? ''} |`,
    );
  }
  return lines;
}

function phoneTable(results: Results): string[] {
  const p = results.phone;
  if (!p) return [];
  return [
    '',
    `Phone profile: the real site (its ${count(p.entries)} entries), home page at ${p.viewport} (device scale 2, touch), CPU slowed ${p.cpuThrottling}× (\`Emulation.setCPUThrottlingRate\`); click to details: from a click on the first mark in view to the frame after the details panel shows (${p.runs} runs after a warm-up):`,
    '',
    '| entries | runs | first render ms | click to details ms | note |',
    '| ---: | ---: | ---: | ---: | --- |',
    `| ${count(p.entries)} | ${p.runs} | ${ranged(p.firstRenderMs, p.firstRenderRange, 0)} | ${ranged(p.clickToDetailsMs, p.clickToDetailsRange, 0)} | ${p.note ?? ''} |`,
  ];
}

const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');

function targets(results: Results): string[] {
  const site = (entries: number) => results.sites.find((s) => s.entries === entries && s.status === 'ok');
  const lines = ['', 'Against the targets of issue 14:', ''];
  const s10k = site(10_000);
  const s1k = site(1000);
  const home = s10k?.homeTransferGzipBytes;
  lines.push(
    `- Home page transfer at 10,000 entries ≤ 150 KB gzip: ${home === undefined ? '—' : `${fixed(home / 1000)} KB`}, ${verdict(home === undefined ? undefined : home <= 150_000)}.`,
  );
  lines.push(
    `- Build of 10,000 entries ≤ 60 s: ${s10k ? `${fixed(s10k.seconds)} s` : '—'}, ${verdict(s10k ? s10k.seconds <= 60 : undefined)}${s10k && s1k ? `; 1,000 entries ${fixed(s1k.seconds)} s (${fixed(s1k.msPerEntry)} vs ${fixed(s10k.msPerEntry)} ms per entry: ${s10k.msPerEntry <= s1k.msPerEntry * 1.1 ? 'no worse than linear' : 'worse than linear'})` : ''}.`,
  );
  for (const size of [...new Set(results.cases.map((c) => c.entries))]) {
    const get = (library: string) => results.cases.find((c) => c.entries === size && c.library === library);
    const ours = get('ours');
    const peers = ['vis-timeline', 'vis-timeline (cluster)'].map((library) => {
      const peer = get(library);
      if (!peer || peer.status !== 'ok') return `${library} ${peer ? 'did not finish' : 'not run'}`;
      if (!complete(peer)) return `${library} did not finish all windows`;
      return `${library} ${fixed(peer.frameMedianMs)} / ${fixed(peer.frameP95Ms)} ms`;
    });
    lines.push(
      `- Frames at ${count(size)} entries (median / p95): ours ${complete(ours) ? `${fixed(ours.frameMedianMs)} / ${fixed(ours.frameP95Ms)} ms` : 'did not finish'}; ${peers.join('; ')}.`,
    );
  }
  const big = results.cases.find((c) => c.entries === 100_000 && c.library === 'ours');
  lines.push(
    `- Our frame p95 at 100,000 entries ≤ 16 ms: ${big?.frameP95Ms === undefined ? 'not measured' : `${fixed(big.frameP95Ms)} ms, ${verdict(big.frameP95Ms <= 16)}`}.`,
  );
  return lines;
}

export function markdown(results: Results): string {
  return `${[
    `**Machine:** ${results.machine}; run of ${results.date.slice(0, 10)}.`,
    '',
    ...casesTable(results),
    ...sitesTable(results),
    ...phoneTable(results),
    ...targets(results),
  ].join('\n')}\n`;
}

/** Writes docs/bench/results.md and the README's block from docs/bench/results.json; returns the markdown. */
export async function writeTables(root: string): Promise<string> {
  const results = JSON.parse(await readFile(path.join(root, 'docs/bench/results.json'), 'utf8')) as Results;
  const table = markdown(results);
  await writeFile(path.join(root, 'docs/bench/results.md'), table);
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} around the benchmark's table`);
  await writeFile(
    path.join(root, 'README.md'),
    `${readme.slice(0, start + START.length)}\n\n${table}\n${readme.slice(end)}`,
  );
  return table;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(await writeTables(process.cwd()));
