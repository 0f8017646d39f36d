import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, useBuiltSite } from '../helpers/browser';

const site = useBuiltSite();
/** An entry drawn as a labelled mark of its own when the timeline is filtered to its type. */
const ENTRY = 'vietnam-china-border-exchange-8';
const FILTER = '?type=border-defence-exchange';

async function openTimeline(query: string, width: number, height = 800): Promise<Page> {
  const page = await site.open(query, {
    viewport: { width, height },
    ...(width < 500 ? { hasTouch: true, isMobile: true } : {}),
  });
  await page.waitForSelector('defence-timeline[data-ready="true"]');
  return page;
}

/** Whether the details panel's heading is inside the window, and the panel's box. */
async function detailsInView(page: Page) {
  return page.locator('.tl-details').evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const heading = panel.querySelector('h2')?.getBoundingClientRect();
    return {
      headingInView: heading !== undefined && heading.top >= 0 && heading.bottom <= window.innerHeight,
      left: box.left,
      right: box.right,
    };
  });
}

async function markCentre(page: Page, id: string): Promise<number> {
  const box = (await page.locator(`.tl-item[data-id="${id}"]`).boundingBox())!;
  const offset = await page
    .locator(`.tl-item[data-id="${id}"]`)
    .evaluate((mark) => Number.parseFloat(getComputedStyle(mark).getPropertyValue('--mark-offset')) || 0);
  return box.x + offset;
}

describe('an opened entry’s details', () => {
  it('show under the mark, in view, at 1280 px', async () => {
    const page = await openTimeline(FILTER, 1280);
    await page.locator(`.tl-item[data-id="${ENTRY}"]`).click();
    await expect.poll(async () => (await detailsInView(page)).headingInView).toBe(true);
    const { left, right } = await detailsInView(page);
    const centre = await markCentre(page, ENTRY);
    expect(centre).toBeGreaterThanOrEqual(left);
    expect(centre).toBeLessThanOrEqual(right);
    expect(pageErrors(page)).toEqual([]);
  });

  it('show in view on a 360 px phone, opened by a tap, without sideways scrolling', async () => {
    const page = await openTimeline(FILTER, 360);
    // Too close to its neighbours at this width, the entry is counted in a cluster: a tap on it zooms in.
    const day = Date.UTC(2024, 3, 11);
    for (let taps = 0; taps < 4 && !(await page.locator(`.tl-item[data-id="${ENTRY}"]`).count()); taps += 1) {
      const clusters = await page.locator('.tl-cluster').all();
      for (const cluster of clusters) {
        const [from, to] = await cluster.evaluate((el) => [Number(el.dataset['from']), Number(el.dataset['to'])]);
        if (from <= day && day < to) await cluster.tap();
      }
    }
    await page.locator(`.tl-item[data-id="${ENTRY}"]`).tap();
    await expect.poll(async () => (await detailsInView(page)).headingInView).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('show in view when a shared link opens the entry, on a short window', async () => {
    const page = await openTimeline(`?item=${ENTRY}`, 1280, 600);
    await expect.poll(async () => (await detailsInView(page)).headingInView).toBe(true);
    // The quoted sources come from the year's details script; the panel is shown whole once they are in.
    await expect.poll(() => page.locator('.tl-details blockquote').count()).toBeGreaterThan(0);
  });

  it('follow their mark when the view moves', async () => {
    const page = await openTimeline(FILTER, 1280);
    await page.locator(`.tl-item[data-id="${ENTRY}"]`).click();
    for (const name of ['Show earlier', 'Zoom in']) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect
        .poll(
          async () => {
            const { left, right } = await detailsInView(page);
            const centre = await markCentre(page, ENTRY);
            return centre >= left && centre <= right;
          },
          { message: name },
        )
        .toBe(true);
    }
  });
});

describe('the preview of an entry', () => {
  it('shows its date and full title by a mark under the pointer or with focus, and goes when it leaves', async () => {
    const page = await openTimeline(FILTER, 1280);
    const mark = page.locator(`.tl-item[data-id="${ENTRY}"]`);
    const preview = page.locator('.tl-preview');
    await mark.hover();
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toMatch(
      /^11–12 April 2024.*8th Vietnam–China Border Defence Friendship Exchange$/u,
    );
    // Beside the mark: its top just under the mark's row, overlapping it horizontally.
    const [markBox, previewBox] = [(await mark.boundingBox())!, (await preview.boundingBox())!];
    expect(previewBox.y).toBeGreaterThanOrEqual(markBox.y + markBox.height - 1);
    expect(previewBox.y).toBeLessThan(markBox.y + markBox.height + 20);
    expect(previewBox.x).toBeLessThan(markBox.x + markBox.width);
    await page.mouse.move(5, 5);
    await expect.poll(() => preview.isVisible()).toBe(false);
    await mark.focus();
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.getAttribute('aria-hidden')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => preview.isVisible()).toBe(false);
  });
});
