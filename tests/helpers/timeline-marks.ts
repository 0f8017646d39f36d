import type { FrameLocator, Page } from 'playwright-core';

/**
 * How many entries a row of the drawn timeline counts in clusters (marks too
 * close to tell apart): each cluster whose top lies within the row's band.
 */
export async function countedInClusters(page: Page | FrameLocator, row: string): Promise<number> {
  const band = await page.locator(`.tl-lane[data-row="${row}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [box.top, box.bottom];
  });
  const clusters = await page
    .locator('.tl-cluster')
    .evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().top, Number(el.textContent)] as const));
  return clusters.filter(([top]) => top >= band[0]! && top < band[1]!).reduce((sum, [, count]) => sum + count, 0);
}
