/**
 * The real home page with 3,000 synthetic entries whose titles come apart, in
 * chunks (src/lib/timeline/title-chunks.ts): what is drawn and listed gets its
 * title, and only the chunks in use are loaded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../scripts/bench/synthetic-events';
import { dataScriptCode, titleChunkScriptCode } from '../../src/lib/timeline/data-globals';
import { titleChunks } from '../../src/lib/timeline/title-chunks';
import { pageErrors, useBuiltSite } from '../helpers/browser';

const site = useBuiltSite();
const DATA = syntheticEvents(3000);
const VERSION = 'v-test';
const { days: DAYS, chunks: CHUNKS } = titleChunks(DATA);
const SPLIT = dataScriptCode(DATA, { version: VERSION, days: DAYS });
const TITLES = new Map(DATA.map((entry) => [entry.id, entry.title]));

/** Opens the home page with the split data; the chunks its page asked for, as they are asked. */
async function openSplit(query: string): Promise<{ page: Page; chunks: string[] }> {
  const chunks: string[] = [];
  const page = await site.open(query, {
    prepare: async (context) => {
      await context.route('**/data/timeline.js*', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: SPLIT }),
      );
      await context.route('**/data/titles/*', (route) => {
        const url = new URL(route.request().url());
        const chunk = /([0-9]+)\.js$/u.exec(url.pathname)?.[1] ?? '';
        chunks.push(`${chunk}?v=${url.searchParams.get('v') ?? ''}`);
        const titles = CHUNKS.get(chunk);
        return titles
          ? route.fulfill({ contentType: 'text/javascript', body: titleChunkScriptCode(chunk, titles) })
          : route.fulfill({ status: 404 });
      });
    },
  });
  await page.waitForSelector('defence-timeline[data-ready="true"]');
  return { page, chunks };
}

/** Each drawn mark's id and accessible name (the canvas paints the label from the same title). */
const drawnLabels = (page: Page) =>
  page.$$eval('.tl-item', (marks) =>
    marks.map((mark) => ({ id: mark.getAttribute('data-id') ?? '', label: mark.getAttribute('aria-label') ?? '' })),
  );

/** Whether a mark's name holds its entry's title, between its date and its type. */
const labelled = ({ id, label }: { id: string; label: string }) => label.includes(`: ${TITLES.get(id) ?? '?'}. `);

describe('titles that come in chunks', () => {
  it('labels every drawn mark with its own title, loading only the chunks drawn or listed, each once', async () => {
    const { page, chunks } = await openSplit('');
    await expect.poll(async () => (await drawnLabels(page)).every(labelled)).toBe(true);
    expect((await drawnLabels(page)).length).toBeGreaterThan(10);
    expect(chunks.every((chunk) => chunk.endsWith(`?v=${VERSION}`))).toBe(true);
    expect(new Set(chunks).size).toBe(chunks.length);
    expect(chunks.length).toBeLessThan(CHUNKS.size / 2);
    expect(pageErrors(page)).toEqual([]);
  });

  it('lists the chronology with its titles once they are in', async () => {
    const { page } = await openSplit('');
    const first = DATA[0];
    await expect
      .poll(() => page.locator(`#chronology-list li[id="${first?.id ?? ''}"] a`).textContent())
      .toBe(first?.title);
  });

  it('loads the chunks of a narrow window as it is shown, and labels its marks', async () => {
    const { page, chunks } = await openSplit('?window=2020-03-01/2020-03-31');
    const march = String(Math.floor(Date.UTC(2020, 2, 15) / 86_400_000 / DAYS));
    await expect.poll(() => chunks.some((chunk) => chunk.startsWith(`${march}?`))).toBe(true);
    await expect.poll(async () => (await drawnLabels(page)).every(labelled)).toBe(true);
  });

  it('opens an entry from the address with its title, its chunk not otherwise drawn', async () => {
    const entry = DATA.find((candidate) => candidate.start.startsWith('2018-07'));
    const { page } = await openSplit(`?window=2024-01-01/2024-01-31&item=${entry?.id ?? ''}`);
    await expect.poll(() => page.locator('[data-part="details-body"] .entry-heading').textContent()).toBe(entry?.title);
  });
});
