/**
 * The real site (its real entries, the normal dist/) on a phone's terms: a 360×780 viewport, the CPU
 * slowed 4×. First render, and the time from a click on a mark to the details panel painted.
 */
import type { Browser } from 'playwright-core';
import { median, range, type PhoneResult } from './cases';
import { ADAPTER_OURS, ADAPTER_SETTLE, firstRender, loopbackContext, type BenchWindow } from './measure';
import type { PackedTimeline } from '../../src/lib/timeline/packed-data';

const CPU_THROTTLING = 4;

interface PhoneRun {
  render: number;
  click: number;
  entries: number;
}

async function once(browser: Browser, url: string): Promise<PhoneRun> {
  const context = await loopbackContext(browser, {
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript({ path: ADAPTER_OURS });
  await context.addInitScript({ path: ADAPTER_SETTLE });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await firstRender(page, 60_000);
    if (!ready) throw new Error('no first render within 60 s');
    const entries = await page.evaluate(
      () => (window as unknown as { defenceTimelineItems?: PackedTimeline }).defenceTimelineItems?.id.length ?? 0,
    );
    await page.waitForLoadState('networkidle');
    // The first mark drawn in view; its details open under the drawing.
    const mark = page.locator('defence-timeline [data-part="items"] button[data-id]:visible').first();
    const clicked = page.evaluate(() => (window as unknown as BenchWindow).benchClickToDetails());
    await mark.click();
    const click = await clicked;
    return { render: ready.render, click, entries };
  } finally {
    await context.close();
  }
}

/** A warm-up (discarded), then `runs` runs on `url` (the real build's home page). */
export async function measurePhone(browser: Browser, url: string, runs: number): Promise<PhoneResult> {
  const base: PhoneResult = {
    entries: 0,
    runs: 0,
    cpuThrottling: CPU_THROTTLING,
    viewport: '360×780',
    status: 'ok',
  };
  try {
    await once(browser, url);
    const done: PhoneRun[] = [];
    for (let i = 0; i < runs; i += 1) done.push(await once(browser, url));
    const renders = done.map((run) => run.render);
    const clicks = done.map((run) => run.click);
    return {
      ...base,
      entries: done[0]?.entries ?? 0,
      runs: done.length,
      firstRenderMs: median(renders),
      firstRenderRange: range(renders),
      clickToDetailsMs: median(clicks),
      clickToDetailsRange: range(clicks),
    };
  } catch (error) {
    return { ...base, status: 'error', note: (error as Error).message.split('\n')[0] ?? 'error' };
  }
}
