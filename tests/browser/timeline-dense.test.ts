/**
 * The real home page with a dense synthetic dataset in place of the content's
 * (3,000 entries, twice as busy in 2020 and 2024): what must hold at any
 * density, at 1280 and 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../scripts/bench/synthetic-events';
import { dataScriptCode } from '../../src/lib/timeline/data-globals';
import { pageErrors, useBuiltSite } from '../helpers/browser';

const site = useBuiltSite();
const DENSE = dataScriptCode(syntheticEvents(3000));

async function openDense(query: string, width = 1280): Promise<Page> {
  const page = await site.open(query, {
    viewport: { width, height: 900 },
    prepare: async (context) => {
      await context.route('**/data/timeline.js*', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: DENSE }),
      );
    },
  });
  await page.waitForSelector('defence-timeline[data-ready="true"]');
  return page;
}

/** Pairs of targets (marks and clusters) whose boxes overlap in the same row: each should be empty. */
const overlappingTargets = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.tl-item, .tl-cluster')].map((el) => {
      const box = el.getBoundingClientRect();
      return { id: el.dataset['id'] ?? `cluster@${String(Math.round(box.left))}`, ...box.toJSON() } as {
        id: string;
        left: number;
        right: number;
        top: number;
      };
    });
    const clashes: string[] = [];
    const rows = Map.groupBy(boxes, (box) => Math.round(box.top));
    for (const row of rows.values()) {
      row.sort((a, b) => a.left - b.left);
      row.slice(1).forEach((box, i) => {
        const before = row[i];
        if (before && box.left < before.right - 0.5) clashes.push(`${before.id} / ${box.id}`);
      });
    }
    return clashes;
  });

describe('the timeline with 3,000 synthetic entries', () => {
  for (const width of [1280, 360]) {
    it(`never lets two targets overlap, in rows by kind or by partner, at ${String(width)} px`, async () => {
      for (const query of [
        '',
        '?window=2020-01-01/2020-06-30',
        '?group=partner',
        '?group=series&window=2024-01-01/2024-12-31',
      ]) {
        const page = await openDense(query, width);
        expect(await page.locator('.tl-item').count(), query).toBeGreaterThan(0);
        expect(await overlappingTargets(page), query).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), query).toBeLessThanOrEqual(width);
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      }
    });
  }

  it('keeps keyboard focus on an entry through zooming, panning, moving, resizing and regrouping', async () => {
    const page = await openDense('?window=2020-01-01/2020-12-31');
    await page.locator('.tl-item[tabindex="0"]').focus();
    const keys = ['+', '+', 'ArrowRight', '-', '-', '-', 'PageDown', 'ArrowLeft', '+', 'PageUp', 'End', '-', 'Home'];
    for (const key of keys) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-item')), key).toBe(true);
    }
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    // A narrower window (a phone turned, a sidebar opened) redraws every mark; focus stays on the entry.
    await page.setViewportSize({ width: 700, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.tl-viewport')?.getBoundingClientRect().width))
      .toBeLessThan(700);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(focused);
    await page.locator('[data-part="group"]').selectOption('partner');
    expect(await page.locator('.tl-item[tabindex="0"]').getAttribute('data-id')).toBe(focused);
  });
});
