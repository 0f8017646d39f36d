import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEADING_PARTNERS } from '../../src/lib/timeline/grouping';
import type { EventsJson } from '../../src/schemas/events-json';
import { PARTNERS } from '../../src/schemas/vocabulary/partners';
import { pageErrors, useBuiltSite } from '../helpers/browser';
import { ROOT } from '../helpers/fixtures';

const site = useBuiltSite();
let data: EventsJson;
beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(ROOT, 'dist/data/events.json'), 'utf8')) as EventsJson;
});

const openTimeline = (query = '', options = {}) => site.openTimeline(query, options);

/** Each row's name as drawn, without the "· N in view" count. */
const rowNames = async (page: Page) =>
  (await page.locator('.tl-lane').allTextContents()).map((text) => text.split(' · ')[0]);

/** The partners with the most entries, most first (ties by id), as the content has them. */
function leadingPartners(): string[] {
  const counts = new Map<string, number>();
  for (const event of data.events) for (const p of event.partners) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, LEADING_PARTNERS)
    .map(([id]) => id);
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the timeline’s rows', () => {
  it('gives each leading partner a row when grouped by partner, then the others and entries with no partner', async () => {
    const page = await openTimeline('?group=partner&window=2019-01-01/2019-12-31');
    const names = leadingPartners().map((id) => PARTNERS[id as keyof typeof PARTNERS].en);
    expect(await rowNames(page)).toEqual([...names, 'Other', 'No foreign partner']);
    expect(await page.locator('[data-part="group"]').inputValue()).toBe('partner');
    // Every mark sits inside the band of its first leading partner's row.
    const bands = await page
      .locator('.tl-lane')
      .evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom]));
    const leading = leadingPartners();
    for (const mark of await page.locator('.tl-item').all()) {
      const id = (await mark.getAttribute('data-id'))!;
      const event = data.events.find((e) => e.id === id)!;
      const first = event.partners.find((p) => leading.includes(p));
      const row = first ? leading.indexOf(first) : event.partners.length ? leading.length : leading.length + 1;
      const { y } = (await mark.boundingBox())!;
      expect(y, id).toBeGreaterThanOrEqual(bands[row]![0]!);
      expect(y, id).toBeLessThan(bands[row]![1]!);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('regroups from the “rows by” choice, in the URL, keeping the entry that holds focus', async () => {
    const page = await openTimeline('?window=2019-01-01/2019-12-31');
    const mark = page.locator('.tl-item[data-id="shangri-la-dialogue-2019"]');
    await mark.focus();
    await page.locator('[data-part="group"]').selectOption('series');
    await expect.poll(() => param(page, 'group')).toBe('series');
    expect(await rowNames(page)).toContain('Shangri-La Dialogue');
    expect(await page.locator('.tl-item[tabindex="0"]').getAttribute('data-id')).toBe('shangri-la-dialogue-2019');
    await page.locator('.tl-item[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('shangri-la-dialogue-2019');
    await page.goBack();
    await expect.poll(() => page.locator('[data-part="group"]').inputValue()).toBe('kind');
    expect(await rowNames(page)).toEqual(['Events', 'Anniversaries', 'UN peacekeeping rotations']);
  });

  it('takes its rows from the URL in the embed', async () => {
    const embed = await openTimeline('embed/?group=scope');
    expect(await rowNames(embed)).toEqual(['Bilateral', 'Multilateral', 'National']);
  });
});

describe('the partner × year picture', () => {
  it('filters to a partner and year from a cell, marks the cell, and shows all again from it', async () => {
    const page = await openTimeline();
    const cell = page.locator('[data-part="partner-years"] button[data-partner="cn"][data-year="2019"]');
    const expected = data.events
      .filter((e) => e.partners.includes('cn') && e.start.startsWith('2019'))
      .map((e) => e.id);
    expect(await cell.textContent()).toBe(String(expected.length));
    await cell.click();
    await expect.poll(() => param(page, 'partner')).toBe('cn');
    expect([param(page, 'from'), param(page, 'to')]).toEqual(['2019', '2019']);
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    const listed = () =>
      page.locator('#chronology-list [data-entry]:not([hidden])').evaluateAll((els) => els.map((el) => el.id));
    await expect.poll(async () => (await listed()).sort()).toEqual([...expected].sort());
    expect(await page.locator('[data-part="partner-years"] button[aria-pressed="true"]').count()).toBe(1);
    await cell.click();
    await expect.poll(() => param(page, 'partner')).toBeNull();
    expect(await page.locator('[data-part="partner-years"] button[aria-pressed="true"]').count()).toBe(0);
  });

  it('marks the cells the filters select, and is a table a keyboard and screen reader can use', async () => {
    const page = await openTimeline('?partner=us');
    const pressed = await page
      .locator('[data-part="partner-years"] button[aria-pressed="true"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-partner')));
    expect(pressed.length).toBeGreaterThan(5);
    expect(new Set(pressed)).toEqual(new Set(['us']));
    const table = page.getByRole('table', { name: 'Entries per partner and year' });
    expect(await table.getByRole('rowheader').first().textContent()).toBe('United States');
    const stops = table.locator('button[tabindex="0"]');
    expect(await stops.count()).toBe(1);
    await stops.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(before).toMatch(/^United States, 2015: \d+ entr/u);
    expect(after).toMatch(/^ASEAN, 2015: \d+ entr/u);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'partner')).toBe('asean');
  });
});
