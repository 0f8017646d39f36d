/**
 * `npm run screenshots`: photographs the built site into docs/screenshots/,
 * for the README: the home page at 1280 and 360 px in both editions, an entry
 * page in Vietnamese, the timeline in rows by partner, and the partner × year
 * picture. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

interface Shot {
  name: string;
  width: number;
  /** The page's path and query after the site's root. */
  query?: string;
  /** Whether the page has a timeline to wait for; default true. */
  timeline?: boolean;
  /** Only this element, else the first screen of the page. */
  element?: string;
}

const SHOTS: Shot[] = [
  { name: 'home-1280', width: 1280 },
  { name: 'home-360', width: 360 },
  { name: 'rows-by-partner-1280', width: 1280, query: '?group=partner', element: '.tl-viewport' },
  { name: 'rows-by-partner-360', width: 360, query: '?group=partner', element: '.tl-viewport' },
  { name: 'rows-by-series-1280', width: 1280, query: '?group=series', element: '.tl-viewport' },
  { name: 'partner-year-1280', width: 1280, query: '?partner=cn&from=2019&to=2019', element: '.tl-heat-wrap' },
  { name: 'vi-home-1280', width: 1280, query: 'vi/' },
  { name: 'vi-home-360', width: 360, query: 'vi/' },
  { name: 'vi-entry-1280', width: 1280, query: 'vi/events/acdfm-17/', timeline: false },
];

const root = path.resolve('dist');
const out = path.resolve('docs/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(root);
const browser = await launchChromium();
try {
  for (const { name, width, query = '', element, timeline = true } of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 780 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${query}`);
    if (timeline) await page.waitForSelector('defence-timeline[data-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(out, `${name}.png`);
    if (element) await page.locator(element).screenshot({ path: file });
    else await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
