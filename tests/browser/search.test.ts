import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser';

/** A first search loads Pagefind's index and WebAssembly, which on a busy machine takes seconds. */
const SEARCHED = { timeout: 15_000 };

const site = useBuiltSite();

describe('search', () => {
  it('finds an entry by a word of its summary, in the browser, from the site’s own index', async () => {
    const page = await site.open('search/');
    await page.locator('site-search[data-ready="true"]').waitFor();
    await page.getByLabel('Search entries and sources').fill('charter');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.locator('.search-results a');
    await expect.poll(() => results.count(), SEARCHED).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/events/engineering-unit-rotation-3/');
    expect(hrefs.every((href) => /^\/(events|sources)\//u.test(href ?? ''))).toBe(true);
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/charter/iu);
    expect(new URL(page.url()).searchParams.get('q')).toBe('charter');
  });

  it('says how many results it shows of how many it found, shows the rest on request, and keeps excerpts readable', async () => {
    const page = await site.open('search/?q=Vietnam');
    const results = page.locator('.search-results > li');
    await expect.poll(() => results.count(), SEARCHED).toBe(20);
    const status = page.locator('.search-status');
    const total = Number(
      /^Showing 20 of (\d+) results for “Vietnam”\.$/u.exec((await status.textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Show 20 more results' }).click();
    await expect.poll(() => results.count()).toBe(40);
    expect(await status.textContent()).toBe(`Showing 40 of ${String(total)} results for “Vietnam”.`);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.search-results li')))).toBe(true);
    // The label–value lists of entry and source pages are not indexed: no "KindEvent" or "TypeReference".
    const excerpts = await page.locator('.search-results p').allTextContents();
    expect(
      excerpts.filter((text) => /Kind(Event|Anniversary)|Type(Reference|Article)|About this source/u.test(text)),
    ).toEqual([]);
  });

  it('runs a search given in the URL', async () => {
    const page = await site.open('search/?q=Abyei');
    await expect.poll(() => page.locator('.search-results a').count(), SEARCHED).toBeGreaterThan(2);
    expect(await page.locator('.search-status').textContent()).toMatch(/results? for “Abyei”/u);
  });
});
