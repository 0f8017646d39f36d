import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser';

const site = useBuiltSite();

describe('search', () => {
  it('finds an entry by a word of its summary, in the browser, from the site’s own index', async () => {
    const page = await site.open('search/');
    await page.locator('site-search[data-ready="true"]').waitFor();
    await page.getByLabel('Search entries and sources').fill('charter');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.locator('.search-results a');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/events/engineering-unit-rotation-3/');
    expect(hrefs.every((href) => /^\/(events|sources)\//u.test(href ?? ''))).toBe(true);
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/charter/iu);
    expect(new URL(page.url()).searchParams.get('q')).toBe('charter');
  });

  it('runs a search given in the URL', async () => {
    const page = await site.open('search/?q=Abyei');
    await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(2);
    expect(await page.locator('.search-status').textContent()).toMatch(/results? for “Abyei”/u);
  });
});
