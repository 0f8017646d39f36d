import type { Page } from 'playwright-core';
import { langOfPath } from '../../src/i18n/editions';
import { uiFor } from '../../src/i18n/ui-editions';

/** One kind of page of the built site, as the quality gates visit it. */
export interface PageKind {
  name: string;
  /** Path and query, relative to the site's root. */
  path: string;
  /** The page draws the interactive timeline. */
  timeline: boolean;
  /** The id of the timeline entry whose details the page opens. */
  selected?: string;
}

/**
 * Every kind of page the site has, each with content that exercises its
 * components: an event with people, an inferred date and related rotations; an
 * article source with captions, notes and highlighted passages.
 */
export const PAGE_KINDS: readonly PageKind[] = [
  { name: 'the home page', path: '/', timeline: true },
  {
    name: 'the home page with an entry selected',
    path: '/?item=defence-expo-2024',
    timeline: true,
    selected: 'defence-expo-2024',
  },
  { name: 'an event page', path: '/events/engineering-unit-rotation-1/', timeline: false },
  { name: 'a source page', path: '/sources/article-review-2023/', timeline: false },
  { name: 'the embedded timeline', path: '/embed/', timeline: true },
  { name: 'the about page', path: '/about/', timeline: false },
  { name: 'the analysis page', path: '/analysis/', timeline: false },
  // The Vietnamese edition: its own words, dates and entries in every kind of page.
  { name: 'the Vietnamese home page', path: '/vi/', timeline: true },
  {
    name: 'the Vietnamese home page with an entry selected',
    path: '/vi/?item=defence-expo-2024',
    timeline: true,
    selected: 'defence-expo-2024',
  },
  { name: 'a Vietnamese event page', path: '/vi/events/engineering-unit-rotation-1/', timeline: false },
  { name: 'a Vietnamese source page', path: '/vi/sources/article-review-2023/', timeline: false },
  { name: 'the Vietnamese embedded timeline', path: '/vi/embed/', timeline: true },
  { name: 'the Vietnamese about page', path: '/vi/about/', timeline: false },
  { name: 'the Vietnamese analysis page', path: '/vi/analysis/', timeline: false },
];

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Waits until the page is in its final state: timeline drawn, selected entry open, fonts loaded. */
export async function settle(page: Page, kind: PageKind): Promise<void> {
  if (kind.timeline) await page.waitForSelector('defence-timeline[data-ready="true"]', { timeout: 15_000 });
  if (kind.selected) await page.waitForSelector('.tl-details:not([hidden])', { state: 'visible', timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Uses the timeline as a reader would: zooms with the wheel and the buttons,
 * drags, opens an entry by click, filters, and scrolls the page to its end.
 * Returns the id of the entry it opened. The buttons are found by their names
 * in the page's edition.
 */
export async function exerciseTimeline(page: Page): Promise<string> {
  const words = uiFor(langOfPath(new URL(page.url()).pathname.slice(1))).timelineShell;
  const viewport = page.locator('.tl-viewport');
  const box = await viewport.boundingBox();
  if (!box) throw new Error('the timeline viewport is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -300);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: words.zoomOut, exact: true }).click();
  await page.getByRole('button', { name: words.reset, exact: true }).click();
  const mark = page.locator('.tl-item:not(.tl-unlabelled)').first();
  const id = (await mark.getAttribute('data-id')) ?? '';
  await mark.click();
  await page.waitForSelector('.tl-details:not([hidden])', { state: 'visible' });
  await page.locator('.tl-filter-panel summary').click();
  await page.locator('input[name="kind"]').first().check();
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return id;
}
