import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventsJson } from '../../src/schemas/events-json';
import { useBrowser } from '../helpers/browser';
import { countedInClusters } from '../helpers/timeline-marks';
import { DIST } from '../helpers/fixtures';

const FILE = path.join(DIST, 'timeline-offline.html');
const browser = useBrowser();
let data: EventsJson;

beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(DIST, 'data/events.json'), 'utf8')) as EventsJson;
});

describe('the single-file offline copy', () => {
  it('opens from file:// with no server, draws the timeline and opens an entry', async () => {
    const requests: string[] = [];
    const { page, context, log } = await browser.open(pathToFileURL(FILE).href, {
      prepare: (context) => {
        context.on('request', (request) => requests.push(request.url()));
      },
    });
    await page.locator('defence-timeline[data-ready="true"]').waitFor();

    const ids = new Set(
      await page.locator('.tl-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '')),
    );
    for (const kind of ['event', 'anniversary', 'rotation'] as const) {
      const entries = data.events.filter((e) => e.kind === kind).map((e) => e.id);
      // Each entry is a mark or in a counted cluster, or its lane is too dense at this zoom and says how many it holds.
      const drawn = entries.filter((id) => ids.has(id)).length;
      if (drawn + (await countedInClusters(page, kind)) !== entries.length)
        expect(await page.locator(`.tl-lane[data-row="${kind}"]`).textContent()).toContain(
          `${String(entries.length)} in view`,
        );
    }
    const item = page.locator('.tl-item:not(.tl-unlabelled)').first();
    const id = await item.getAttribute('data-id');
    await item.click();
    await expect.poll(() => page.locator('.tl-details').isVisible()).toBe(true);
    expect(await page.locator('.tl-details a.tl-details-link').getAttribute('href')).toBe(`#${id}`);
    // Built with no SITE_URL, the copy knows no address to share: it offers no file:// link as one.
    expect(await page.locator('[data-action="share"]').isVisible()).toBe(false);

    expect([...log.pageErrors, ...log.consoleErrors]).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(requests).toHaveLength(1);
    await context.close();
  });

  it('holds the full chronology and every source, linked within the file', async () => {
    const html = await readFile(FILE, 'utf8');
    for (const event of data.events) expect(html).toContain(`id="${event.id}"`);
    for (const source of data.sources) expect(html).toContain(`id="source-${source.id}"`);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/gu)].map((match) => match[1] ?? '');
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([]);
    for (const href of hrefs) expect(html, href).toContain(`id="${href.slice(1)}"`);
  });

  it('takes its rows from the URL, as the site does', async () => {
    const { page } = await browser.open(`${pathToFileURL(FILE).href}?group=partner`);
    await page.locator('defence-timeline[data-ready="true"]').waitFor();
    const names = (await page.locator('.tl-lane').allTextContents()).map((text) => text.split(' · ')[0]);
    expect(names.slice(-2)).toEqual(['Other', 'No foreign partner']);
    expect(names[0]).toBe('United States');
  });
});
