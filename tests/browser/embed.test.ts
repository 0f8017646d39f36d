import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventsJson } from '../../src/schemas/events-json';
import { useBrowser } from '../helpers/browser';
import { countedInClusters } from '../helpers/timeline-marks';
import { DIST } from '../helpers/fixtures';

const browser = useBrowser();
let siteUrl: string;
let hostUrl: string;
let data: EventsJson;

beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(DIST, 'data/events.json'), 'utf8')) as EventsJson;
  siteUrl = await browser.serve(DIST);
  // The host page lives on another origin: "localhost" is not "127.0.0.1" to the browser.
  const hostDir = await mkdtemp(path.join(tmpdir(), 'timeline-host-'));
  await writeFile(
    path.join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>A page that embeds the timeline</h1>
<iframe id="frame" src="${siteUrl}embed/?kind=rotation" title="Timeline" style="width:100%;height:150px;border:0"
  sandbox="allow-scripts allow-popups"></iframe>
<script src="${siteUrl}embed.js"></script>
</body></html>`,
  );
  hostUrl = (await browser.serve(hostDir)).replace('127.0.0.1', 'localhost');
});

describe('the embedded timeline', () => {
  it('draws only the filtered lane inside a sandboxed iframe on another origin, and fits its height', async () => {
    const { page, log } = await browser.open(hostUrl, { viewport: { width: 1000, height: 800 } });
    const frame = page.frameLocator('#frame');
    await frame.locator('defence-timeline[data-ready="true"]').waitFor();

    const ids = await frame.locator('.tl-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    const rotations = data.events.filter((e) => e.kind === 'rotation').map((e) => e.id);
    expect(ids.every((id) => rotations.includes(id ?? ''))).toBe(true);
    expect(ids.length + (await countedInClusters(frame, 'rotation'))).toBe(rotations.length);
    expect(await frame.locator('input[name="kind"][value="rotation"]').isChecked()).toBe(true);
    expect(await frame.locator('.site-header').count()).toBe(0);

    // The iframe grows from 150 px to the height its content posted.
    await expect
      .poll(async () => page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(300);
    const contentHeight = await frame.locator('html').evaluate((el) => el.scrollHeight);
    const frameHeight = await page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
    expect(log.pageErrors).toEqual([]);

    // Sandboxed, the frame cannot fetch font files (they need CORS): it has the site's face all the same.
    const fonts = await frame.locator('html').evaluate(async () => {
      await document.fonts.load('16px "Be Vietnam Pro"', 'Việt Nam');
      const face = getComputedStyle(document.body).fontFamily;
      return { loaded: [...document.fonts].filter((font) => font.status === 'loaded').length, face };
    });
    expect(fonts.face).toMatch(/^"?Be Vietnam Pro/u);
    expect(fonts.loaded).toBeGreaterThan(0);
  });

  it('opens the full entry in a new tab from the details', async () => {
    const { page, context } = await browser.open(hostUrl, { viewport: { width: 1000, height: 800 } });
    const frame = page.frameLocator('#frame');
    await frame.locator('.tl-item').first().click();
    const link = frame.locator('.tl-details a.tl-details-link');
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toMatch(/^\/events\/[a-z0-9-]+\/$/u);
    await context.close();
  });

  it('offers copy-ready embed code for the current view', async () => {
    const { page } = await browser.open(`${siteUrl}?kind=rotation`);
    await page.locator('defence-timeline[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Share or embed' }).click();
    const code = await page.locator('textarea[data-share="embed"]').inputValue();
    expect(code).toContain(`<iframe src="${siteUrl}embed/?kind=rotation"`);
    expect(code).toContain('sandbox="allow-scripts allow-popups');
    expect(code).toContain(`<script src="${siteUrl}embed.js" async></script>`);
    expect(await page.locator('textarea[data-share="link"]').inputValue()).toBe(`${siteUrl}?kind=rotation`);
  });
});
