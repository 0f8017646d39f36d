import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventsJson } from '../../src/schemas/events-json';
import { ROOT } from '../helpers/fixtures';
import { useBuiltSite } from '../helpers/browser';

const site = useBuiltSite();

describe('a printed page', () => {
  it('prints each cited source’s public address after its title, on a year’s page and an entry’s page', async () => {
    const data = JSON.parse(await readFile(path.join(ROOT, 'dist/data/events.json'), 'utf8')) as EventsJson;
    const addresses = new Set(data.sources.map((source) => source.url).filter((url) => url !== null));
    for (const address of ['years/2020/', 'events/defence-expo-2024/']) {
      const page = await site.open(address);
      await page.emulateMedia({ media: 'print' });
      const printed = await page
        .locator('main a[data-address]')
        .evaluateAll((links) =>
          links.map((link) => [link.getAttribute('data-address'), getComputedStyle(link, '::after').content]),
        );
      expect(printed.length, address).toBeGreaterThan(0);
      for (const [url, after] of printed) {
        expect(addresses.has(url ?? ''), `${address}: ${url ?? ''}`).toBe(true);
        expect(after).toBe(`" <${url ?? ''}>"`);
      }
      // On screen the addresses are not repeated.
      await page.emulateMedia({ media: 'screen' });
      expect(
        await page
          .locator('main a[data-address]')
          .first()
          .evaluate((link) => getComputedStyle(link, '::after').content),
      ).toBe('none');
    }
  });
});
