import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventsJson } from '../../src/schemas/events-json';
import { pageErrors, useBuiltSite } from '../helpers/browser';
import { ROOT } from '../helpers/fixtures';

const site = useBuiltSite();
let data: EventsJson;
beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(ROOT, 'dist/data/events.json'), 'utf8')) as EventsJson;
});

const viTitle = (id: string) => data.events.find((event) => event.id === id)?.vi?.title ?? '';
const switchLink = (page: Page) => page.locator('a[data-edition-switch]');

describe('the Vietnamese edition', () => {
  it('draws the timeline in Vietnamese: its marks, axis, filters and chronology', async () => {
    const page = await site.openTimeline('vi/?window=2020-01-01/2020-12-31');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const names = await page.locator('.tl-item').evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label')));
    const titles = data.events.map((e) => e.vi?.title ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !titles.some((title) => name?.includes(title)))).toEqual([]);
    // Dates in Vietnamese forms: "ngày 3 tháng 2 năm 2020", "tháng 1/2020", "năm 2020".
    expect(names.filter((name) => !/^(ngày \d+ tháng \d+ năm |tháng \d+\/|năm )20\d\d/u.test(name ?? ''))).toEqual([]);
    expect(await page.locator('.tl-axis').textContent()).toMatch(/^2020Tháng 2Tháng 3/u);
    expect(await page.locator('[data-part="filters"] legend').first().textContent()).not.toBe('Kind');
    const chronology = page.locator('#chronology-list');
    await expect.poll(() => chronology.locator('a').count()).toBeGreaterThan(0);
    expect(await chronology.textContent()).toContain(viTitle('acdfm-17'));
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens an entry’s details in Vietnamese, from the Vietnamese details file', async () => {
    const page = await site.openTimeline('vi/?item=acdfm-17');
    const details = page.locator('[data-part="details"]');
    await expect.poll(() => details.isVisible()).toBe(true);
    await expect.poll(async () => (await details.textContent()) ?? '').toContain('trực tuyến');
    expect(await details.locator('a.tl-details-link').getAttribute('href')).toBe('/vi/events/acdfm-17/');
  });

  it('switches language keeping the filters, the window, the rows and the open entry, both ways', async () => {
    const page = await site.openTimeline('?kind=rotation&group=partner&window=2019-01-01/2021-12-31&item=acdfm-17');
    const query = new URL(page.url()).search;
    await switchLink(page).click();
    await page.waitForSelector('defence-timeline[data-ready="true"]');
    expect(new URL(page.url()).pathname).toBe('/vi/');
    expect(new URL(page.url()).search).toBe(query);
    expect(await page.locator('[data-part="group"]').inputValue()).toBe('partner');
    expect(await page.locator('input[name="kind"][value="rotation"]').isChecked()).toBe(true);

    // A change made in Vietnamese goes back to English too.
    await page.locator('[data-part="group"]').selectOption('series');
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('series');
    await switchLink(page).click();
    await page.waitForSelector('defence-timeline[data-ready="true"]');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('group')).toBe('series');
    expect(new URL(page.url()).searchParams.get('item')).toBe('acdfm-17');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('links each page to itself in the other edition', async () => {
    const page = await site.open('vi/events/acdfm-17/');
    expect(await page.locator('h1').textContent()).toBe(viTitle('acdfm-17'));
    expect(await switchLink(page).getAttribute('href')).toBe('/events/acdfm-17/');
    // Without a canonical address (SITE_URL) there is no absolute address for hreflang: tests/build checks it with one.
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    expect(await page.locator('.event-facts time').first().textContent()).toBe('ngày 24 tháng 9 năm 2020');
  });

  it('takes its language from the embed’s address', async () => {
    const page = await site.openTimeline('vi/embed/?kind=rotation');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('.embed-title').textContent()).toBe('Ngoại giao quốc phòng Việt Nam, 2015–2025');
    expect(pageErrors(page)).toEqual([]);
  });

  it('searches Vietnamese text with or without its diacritics', async () => {
    const found: string[] = [];
    for (const query of ['Hoàng Xuân Chiến', 'Hoang Xuan Chien']) {
      const page = await site.open(`vi/search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('.search-results a');
      // The first search loads Pagefind's index and its WebAssembly: allow it the time.
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.every((href) => href?.startsWith('/vi/'))).toBe(true);
      // The excerpts mark the name as the page writes it, diacritics and all.
      const marks = await page.locator('.search-results mark').allTextContents();
      expect(marks.some((mark) => /Chiến/u.test(mark))).toBe(true);
      found.push(((await page.locator('.search-status').textContent()) ?? '').replace(query, ''));
    }
    // The same count of results either way.
    expect(found[0]).toBe(found[1]);
  });
});
