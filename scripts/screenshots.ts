/**
 * `npm run screenshots`: photographs the built home page at 1280 and 360 px
 * wide into docs/screenshots/, for the README. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

const root = path.resolve('dist');
const out = path.resolve('docs/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(root);
const browser = await launchChromium();
try {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 780 }, deviceScaleFactor: 1 });
    await page.goto(server.url);
    await page.waitForSelector('defence-timeline[data-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(out, `home-${width}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
