import { beforeAll, describe, expect, it } from 'vitest';
import { EventsJson } from '../../src/schemas/events-json';
import { PARTNERS } from '../../src/schemas/vocabulary/partners';
import { readBuilt } from '../helpers/built';
import { unpackTimeline, type PackedTimeline } from '../../src/lib/timeline/packed-data';

/** The text of a table row whose header cell links to `href`, cells joined by "|". */
function rowCells(html: string, href: string): string[] {
  const row = html.split('<tr').find((part) => part.includes(`href="${href}"`)) ?? '';
  return [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/gu)].map((match) => match[1]?.trim() ?? '');
}

let json: EventsJson;
beforeAll(async () => {
  json = EventsJson.parse(JSON.parse(await readBuilt('data/events.json')));
});

describe('the partner pages', () => {
  it('give every partner named by an entry a page of its own, with its entries, counted by year', async () => {
    const partners = [...new Set(json.events.flatMap((event) => event.partners))];
    expect(partners.length).toBeGreaterThan(15);
    const index = await readBuilt('partners/index.html');
    for (const id of partners) {
      const entries = json.events.filter((event) => event.partners.includes(id));
      const page = await readBuilt(`partners/${id}/index.html`);
      expect(page, id).toContain(PARTNERS[id].en);
      for (const event of entries) expect(page, `${id}: ${event.id}`).toContain(`id="${event.id}"`);
      // The index's row for the partner: one cell per year 2015–2025 (empty for none), then the total.
      const cells = rowCells(index, `/partners/${id}/`);
      const perYear = Array.from(
        { length: 11 },
        (_, i) => entries.filter((event) => Number(event.start.slice(0, 4)) === 2015 + i).length,
      );
      expect(cells, id).toEqual([...perYear.map((n) => (n === 0 ? '' : String(n))), String(entries.length)]);
    }
  });

  it('draws the partner’s own timeline, carrying only its entries', async () => {
    const page = await readBuilt('partners/us/index.html');
    const island = /<script type="application\/json" id="timeline-data">([^<]*)<\/script>/u.exec(page)?.[1] ?? '{}';
    const ids = unpackTimeline(JSON.parse(island) as PackedTimeline)
      .map((datum) => datum.id)
      .sort();
    expect(ids).toEqual(
      json.events
        .filter((event) => event.partners.includes('us'))
        .map((event) => event.id)
        .sort(),
    );
  });
});

describe('the series pages', () => {
  it('list a numbered series in order and show the numbers no entry was found for', async () => {
    const page = await readBuilt('series/shangri-la-dialogue/index.html');
    const numbers = json.events
      .filter((event) => event.series?.id === 'shangri-la-dialogue')
      .map((event) => event.series?.number ?? 0)
      .sort((a, b) => a - b);
    const positions = numbers.map((n) => page.search(new RegExp(`<td[^>]*>${String(n)}</td>`, 'u')));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // 2017's dialogue (the 16th) has no entry: the gap is a row of its own.
    expect(numbers).not.toContain(16);
    expect(page).toMatch(/<tr class="gap[^"]*"[^>]*>\s*<td[^>]*>16<\/td>/u);
  });

  it('are linked from the index and from every entry of the series', async () => {
    const index = await readBuilt('series/index.html');
    const inSeries = json.events.filter((event) => event.series !== null);
    for (const id of new Set(inSeries.map((event) => event.series?.id ?? ''))) {
      expect(index, id).toContain(`href="/series/${id}/"`);
    }
    for (const event of inSeries.slice(0, 40)) {
      const page = await readBuilt(`events/${event.id}/index.html`);
      expect(page, event.id).toContain(`href="/series/${event.series?.id ?? ''}/"`);
      for (const partner of event.partners) expect(page, event.id).toContain(`href="/partners/${partner}/"`);
    }
  });
});

describe('the year pages', () => {
  it('hold every entry of their year with its summary and quoted sources, and the home page links each', async () => {
    const home = await readBuilt('index.html');
    for (let year = 2015; year <= 2025; year += 1) {
      expect(home).toContain(`href="/years/${String(year)}/"`);
      const page = await readBuilt(`years/${String(year)}/index.html`);
      const entries = json.events.filter((event) => event.start.startsWith(String(year)));
      expect(entries.length, String(year)).toBeGreaterThanOrEqual(8);
      for (const event of entries) expect(page, event.id).toContain(`id="${event.id}"`);
      expect((page.match(/<blockquote/gu) ?? []).length).toBeGreaterThanOrEqual(entries.length);
    }
  });
});
