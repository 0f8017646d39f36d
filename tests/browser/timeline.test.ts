import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { latestDay } from '../../src/schemas/edtf';
import type { EventsJson } from '../../src/schemas/events-json';
import { ROOT } from '../helpers/fixtures';
import { pageErrors, useBuiltSite } from '../helpers/browser';
import { countedInClusters } from '../helpers/timeline-marks';

const site = useBuiltSite();
let data: EventsJson;
beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(ROOT, 'dist/data/events.json'), 'utf8')) as EventsJson;
});

const openTimeline = (query = '', options = {}) => site.openTimeline(query, options);

const axisLabels = (page: Page) => page.locator('.tl-axis .tick text').allTextContents();
/** Each tick's label and position: panning by a whole year can keep the labels and move the ticks. */
const axisTicks = (page: Page) =>
  page
    .locator('.tl-axis .tick')
    .evaluateAll((ticks) => ticks.map((tick) => `${tick.textContent}@${tick.getAttribute('transform') ?? ''}`));
const markIds = (page: Page) =>
  page.locator('.tl-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
const visibleEntries = (page: Page) =>
  page.locator('#chronology-list [data-entry]:not([hidden])').evaluateAll((els) => els.map((el) => el.id));

describe('the timeline on the home page', () => {
  it('draws every entry: a mark each where its lane has room, counted clusters where marks would touch, and otherwise says how many the lane holds', async () => {
    const page = await openTimeline();
    const marks = new Set(await markIds(page));
    for (const kind of ['event', 'anniversary', 'rotation'] as const) {
      const entries = data.events.filter((e) => e.kind === kind).map((e) => e.id);
      const drawn = entries.filter((id) => marks.has(id)).length;
      if (drawn + (await countedInClusters(page, kind)) === entries.length) continue;
      // Too many to draw one by one at this zoom: the lane counts them and says to zoom in.
      expect(await page.locator(`.tl-lane[data-row="${kind}"]`).textContent()).toContain(
        `${String(entries.length)} in view`,
      );
    }
    const rotations = await openTimeline('?kind=rotation&window=2022-01-01/2025-12-31');
    const inView = data.events.filter((e) => e.kind === 'rotation' && (e.end ?? e.start) >= '2022');
    expect((await markIds(rotations)).length + (await countedInClusters(rotations, 'rotation'))).toBe(inView.length);
    expect(pageErrors(page)).toEqual([]);
  });

  it('names each mark by its date, title and kind', async () => {
    const page = await openTimeline();
    const label = await page.locator('.tl-item[data-id="defence-expo-2022"]').getAttribute('aria-label');
    expect(label).toMatch(/^8–10 December 2022: .*Defence industry and expos, event\.$/u);
  });

  it('changes the axis from years to finer ticks when zoomed by the wheel', async () => {
    const page = await openTimeline();
    const before = await axisLabels(page);
    expect(before).toContain('2020');
    const box = (await page.locator('.tl-viewport').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 8; i += 1) await page.mouse.wheel(0, -300);
    await expect.poll(() => axisLabels(page)).not.toEqual(before);
    const after = await axisLabels(page);
    expect(after.some((label) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$|^\d+ \w{3}$/u.test(label))).toBe(
      true,
    );
    await page.waitForFunction(() => location.search.includes('window='));
  });

  it('zooms and pans by keyboard and by the on-screen buttons, and resets', async () => {
    const page = await openTimeline();
    const before = await axisLabels(page);
    await page.locator('.tl-item').first().focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('+');
    const zoomed = await axisTicks(page);
    expect(await axisLabels(page)).not.toEqual(before);
    await page.keyboard.press('PageDown');
    expect(await axisTicks(page)).not.toEqual(zoomed);
    await page.getByRole('button', { name: 'Reset view' }).click();
    expect(await axisLabels(page)).toEqual(before);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    expect(await axisLabels(page)).not.toEqual(before);
  });

  it('opens an entry’s details on click, with its sources and a link to its page, and puts it in the URL', async () => {
    // Filtered to the exchanges, so that the entry is drawn as a mark of its own at the default zoom.
    const page = await openTimeline('?type=border-defence-exchange');
    await page.locator('.tl-item[data-id="vietnam-china-border-exchange-8"]').click();
    const details = page.locator('.tl-details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.textContent()).toContain('8th Vietnam');
    // The home page lists entries compactly: the quoted sources come from the year's details script.
    await expect.poll(() => details.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await details.locator('a.tl-details-link').getAttribute('href')).toBe(
      '/events/vietnam-china-border-exchange-8/',
    );
    expect(new URL(page.url()).searchParams.get('item')).toBe('vietnam-china-border-exchange-8');
    expect(await page.locator('.tl-item[data-id="vietnam-china-border-exchange-8"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('item')).toBeNull();
  });

  it('goes back and forward through selections with the browser’s history', async () => {
    const page = await openTimeline();
    const [first, second] = await page
      .locator('.tl-item:not(.tl-unlabelled)')
      .evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('data-id') ?? ''));
    const title = (id: string | undefined) => data.events.find((e) => e.id === id)?.title ?? '';
    await page.locator(`.tl-item[data-id="${first}"]`).click();
    await page.locator(`.tl-item[data-id="${second}"]`).click();
    expect(new URL(page.url()).searchParams.get('item')).toBe(second);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('item')).toBe(first);
    await expect.poll(() => page.locator('.tl-details h2').textContent()).toBe(title(first));
    await page.goForward();
    await expect.poll(() => page.locator('.tl-details h2').textContent()).toBe(title(second));
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('.tl-details').isVisible()).toBe(false);
  });

  it('restores filters, time window and selected entry from a copied URL', async () => {
    const page = await openTimeline(
      '?kind=rotation&window=2022-01-01/2024-12-31&item=level-2-field-hospital-rotation-5',
    );
    const ids = await markIds(page);
    expect(ids.length).toBeGreaterThan(0);
    const rotations = new Set(data.events.filter((e) => e.kind === 'rotation').map((e) => e.id));
    expect(ids.every((id) => rotations.has(id ?? ''))).toBe(true);
    expect(await axisLabels(page)).toContain('2023');
    expect(await axisLabels(page)).not.toContain('2016');
    expect(await page.locator('.tl-details h2').textContent()).toContain('Rotation 5');
    expect(await page.locator('input[name="kind"][value="rotation"]').isChecked()).toBe(true);
    await expect
      .poll(() => visibleEntries(page))
      .toEqual(data.events.filter((e) => e.kind === 'rotation').map((e) => e.id));
  });

  it('applies filters to both the marks and the chronology list, and says how many are shown', async () => {
    const page = await openTimeline();
    await page.locator('.tl-filter-panel summary').click();
    await page.locator('input[name="type"][value="border-defence-exchange"]').check();
    const exchanges = data.events.filter((e) => e.type === 'border-defence-exchange').map((e) => e.id);
    expect((await markIds(page)).sort()).toEqual([...exchanges].sort());
    await expect.poll(() => visibleEntries(page)).toEqual(exchanges);
    expect(await page.locator('.tl-status').textContent()).toBe(
      `Showing ${exchanges.length} of ${data.events.length} entries.`,
    );
    expect(new URL(page.url()).searchParams.get('type')).toBe('border-defence-exchange');

    await page.locator('select[name="from"]').selectOption('2024');
    await expect
      .poll(() => visibleEntries(page))
      .toEqual(
        // An entry is kept when any part of it lies in the years chosen, not only when it starts in them.
        data.events
          .filter((e) => e.type === 'border-defence-exchange' && latestDay(e.end ?? e.start) >= Date.UTC(2024, 0, 1))
          .map((e) => e.id),
      );
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => visibleEntries(page).then((ids) => ids.length)).toBe(data.events.length);
  });

  it('reaches every entry by keyboard alone, in date order, with one tab stop', async () => {
    const page = await openTimeline();
    let focused: string | null = null;
    for (let i = 0; i < 40 && focused === null; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    }
    expect(focused).toBe(data.events[0]?.id);
    const order = [focused];
    for (let i = 1; i < data.events.length; i += 1) {
      await page.keyboard.press('ArrowRight');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null));
    }
    expect(order).toEqual(data.events.map((e) => e.id));
    expect(await page.locator('.tl-item[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.tl-details').isVisible()).toBe(true);
    expect(await page.locator('[aria-live="assertive"]').textContent()).toContain(data.events.at(-1)?.title ?? '');
  });

  it('leads readers without JavaScript to every entry through the year pages', async () => {
    const page = await site.open('', { javaScriptEnabled: false });
    expect(await page.locator('.tl').isVisible()).toBe(false);
    // The home page's list is the script's; each year's page holds its entries in full.
    expect(await page.locator('#chronology-list [data-entry]').count()).toBe(0);
    const years = page.locator('.year-index a');
    expect(await years.count()).toBe(11);
    const counts = await page.locator('.year-index .count').allTextContents();
    expect(counts.reduce((total, count) => total + Number(count.replace(/\D/gu, '')), 0)).toBe(data.events.length);
    await years.filter({ hasText: '2020' }).click();
    const listed = await page.locator('#chronology-list [data-entry]').evaluateAll((els) => els.map((el) => el.id));
    expect(listed).toEqual(data.events.filter((e) => e.start.startsWith('2020')).map((e) => e.id));
    expect(await page.locator('#chronology-list blockquote').count()).toBeGreaterThanOrEqual(listed.length);
  });

  it('lists the entries that pass the filters below the timeline, each linked to its page', async () => {
    const page = await openTimeline();
    await expect.poll(() => visibleEntries(page)).toEqual(data.events.map((e) => e.id));
    const first = data.events[0]!;
    const entry = page.locator(`#chronology-list [id="${first.id}"]`);
    expect(await entry.locator('a').getAttribute('href')).toBe(`/events/${first.id}/`);
    expect(await entry.locator('time').getAttribute('datetime')).toBe(first.start);
    expect(await page.locator('#chronology-list .year-heading').allTextContents()).toEqual([
      ...new Set(data.events.map((e) => e.start.slice(0, 4))),
    ]);
  });

  it('works by touch on a 360 px wide screen without sideways scrolling', async () => {
    const page = await openTimeline('', { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const first = page.locator('.tl-item').first();
    const id = await first.getAttribute('data-id');
    await first.tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('item')).toBe(id);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    const size = (await zoomIn.boundingBox())!;
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(44);
    // No label runs past the edge of the view: one longer than the view ends in an ellipsis inside it.
    const overflowing = await page.evaluate(() => {
      const view = document.querySelector('.tl-viewport')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.tl-item.tl-point:not(.tl-unlabelled)')]
        .filter((mark) => mark.getBoundingClientRect().right > view.right + 1)
        .map((mark) => mark.dataset['id']);
    });
    expect(overflowing).toEqual([]);
  });

  it('zooms in on a counted cluster or a density bar when either is clicked', async () => {
    const page = await openTimeline('?group=partner');
    const cluster = page.locator('.tl-cluster').first();
    const label = (await cluster.getAttribute('aria-label'))!;
    expect(label).toMatch(/^\d+ entries close together: zoom in to see them$/u);
    await cluster.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBeNull();

    const home = await openTimeline();
    const lane = (await home.locator('.tl-lane[data-row="event"]').boundingBox())!;
    // The events lane is counted into bars in its last row at the whole decade.
    await home.mouse.click(lane.x + lane.width / 2, lane.y + lane.height - 20);
    await expect.poll(() => new URL(home.url()).searchParams.get('window')).not.toBeNull();
    const [from, to] = new URL(home.url()).searchParams.get('window')!.split('/');
    const years = (Date.parse(to!) - Date.parse(from!)) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThan(2);
    expect(years).toBeLessThan(3.5);
  });

  it('scrolls the page on a vertical swipe, pinches to zoom and pans on a sideways swipe', async () => {
    const page = await openTimeline('', { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    const top = (await page.locator('.tl-viewport').boundingBox())!.y;
    await page.evaluate((y) => {
      window.scrollTo(0, y - 100);
    }, top);
    const box = (await page.locator('.tl-viewport').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (steps: (i: number) => { x: number; y: number; id?: number }[]) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: steps(0) });
      for (let i = 1; i <= 10; i += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: steps(i) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const windowParam = () => new URL(page.url()).searchParams.get('window');

    const scrolled = await page.evaluate(() => scrollY);
    await swipe((i) => [{ x, y: y - i * 20 }]);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 100);
    expect(windowParam()).toBeNull();

    const settled = (await page.locator('.tl-viewport').boundingBox())!;
    const middle = settled.y + settled.height / 2;
    await swipe((i) => [
      { x: x - 20 - i * 6, y: middle, id: 1 },
      { x: x + 20 + i * 6, y: middle, id: 2 },
    ]);
    await expect.poll(windowParam).not.toBeNull();
    const zoomed = windowParam()!.split('/');
    await swipe((i) => [{ x: x + i * 12, y: middle }]);
    await expect.poll(windowParam).not.toBe(zoomed.join('/'));
    const panned = windowParam()!.split('/');
    const days = ([from, to]: string[]) => Date.parse(to!) - Date.parse(from!);
    expect(days(panned)).toBeCloseTo(days(zoomed), -9);
    expect(panned[0]! < zoomed[0]!).toBe(true);
  });

  it('pans when the mouse drags, without opening the entry the drag ends on', async () => {
    const page = await openTimeline('?window=2019-01-01/2019-12-31');
    const mark = page.locator('.tl-item[data-id="shangri-la-dialogue-2019"]');
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 4, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe('2019-01-01/2019-12-31');
    expect(new URL(page.url()).searchParams.get('item')).toBeNull();
    expect(await page.locator('[data-part="details"]').isHidden()).toBe(true);
  });
});
