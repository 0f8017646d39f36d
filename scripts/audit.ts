/**
 * `npm run audit`: Lighthouse 13 on the built site (run `npm run build` first;
 * this script builds nothing). Serves dist/ on a loopback port, gzip-compressed
 * as `npm start` serves it, audits the home page, an event page and the
 * embedded timeline of each edition with Lighthouse's default (mobile,
 * simulated throttling) settings, three times each, keeping the run with the
 * median performance score (Lighthouse's own advice for its run-to-run
 * variance), prints the four scores of each page and exits non-zero when a
 * page scores below 100 for accessibility, best practices or SEO, or below 95
 * for performance. Reports go to .tmp/lighthouse/.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium';
import { serveStatic } from './static-server';

const PAGES = [
  { name: 'home page', path: '' },
  { name: 'event page', path: 'events/defence-expo-2024/' },
  { name: 'embedded timeline', path: 'embed/' },
  { name: 'Vietnamese home page', path: 'vi/' },
  { name: 'Vietnamese event page', path: 'vi/events/defence-expo-2024/' },
  { name: 'Vietnamese embedded timeline', path: 'vi/embed/' },
];

const RUNS = 3;

const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof MINIMUM;
const CATEGORIES = Object.keys(MINIMUM) as Category[];

const dist = path.resolve('dist');
const reports = path.resolve('.tmp/lighthouse');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run "npm run build" before "npm run audit".');
  process.exit(2);
}
await mkdir(reports, { recursive: true });

const server = await serveStatic(dist, { compress: true });
const chrome = await launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
  logLevel: 'silent',
});

const rows: { page: string; scores: Record<Category, number> }[] = [];
const failures: string[] = [];
try {
  for (const page of PAGES) {
    const url = `${server.url}${page.path}`;
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      if (result.lhr.runtimeError) {
        throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
      }
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
    const lhr = runs[Math.floor(RUNS / 2)];
    if (!lhr) throw new Error(`no Lighthouse run for ${url}`);
    const file = path.join(reports, `${page.path.replace(/\/$/u, '').replace(/\//gu, '-') || 'home'}.report.json`);
    await writeFile(file, JSON.stringify(lhr, null, 1));

    const scores = {} as Record<Category, number>;
    for (const category of CATEGORIES) {
      const score = Math.round((lhr.categories[category]?.score ?? 0) * 100);
      scores[category] = score;
      if (score >= MINIMUM[category]) continue;
      // Name the audits that cost points, so the output says what to fix.
      const lost = (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      failures.push(
        `${page.name} /${page.path}: ${category} ${score} < ${MINIMUM[category]}; failing: ${lost.join(', ')}`,
      );
    }
    rows.push({ page: `${page.name} (/${page.path})`, scores });
  }
} finally {
  chrome.kill();
  await server.close();
}

const width = Math.max(...rows.map((row) => row.page.length), 4);
const header = ['page'.padEnd(width), ...CATEGORIES.map((category) => category.padStart(14))].join(' ');
console.log(
  `Lighthouse ${MINIMUM.performance}+ performance, ${MINIMUM.accessibility} accessibility, best practices, SEO (mobile)`,
);
console.log(header);
console.log('-'.repeat(header.length));
for (const { page, scores } of rows)
  console.log([page.padEnd(width), ...CATEGORIES.map((category) => String(scores[category]).padStart(14))].join(' '));
console.log(`Reports: ${path.relative(process.cwd(), reports)}/`);
if (failures.length > 0) {
  console.error(`\nBelow the minimum:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exitCode = 1;
}
