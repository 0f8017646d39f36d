import { beforeAll, describe, expect, it } from 'vitest';
import { EventsJson } from '../../src/schemas/events-json';
import { seriesRuns } from '../../src/lib/analysis/figures';
import { readBuilt } from '../helpers/built';

let json: EventsJson;
let page: string;
beforeAll(async () => {
  json = EventsJson.parse(JSON.parse(await readBuilt('data/events.json')));
  page = await readBuilt('analysis/index.html');
});

const count = (year: number) => json.events.filter((event) => event.start.startsWith(String(year))).length;

describe('the analysis page', () => {
  it('draws its figures as SVG with no script, each named for screen readers and with its numbers as a table', () => {
    expect(page).not.toMatch(/<script/u);
    const charts = page.match(/<svg class="chart"[^>]*role="img"[^>]*aria-label="[^"]+"/gu) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect((page.match(/<details class="figure-table"/gu) ?? []).length).toBe(charts.length);
    // The series' runs: a numbered dot for each numbered entry of each run.
    const numbered = seriesRuns(json).reduce((sum, run) => sum + run.held.length, 0);
    expect(numbered).toBeGreaterThan(50);
    expect((page.match(/<circle class="chart-dot"/gu) ?? []).length).toBe(numbered);
  });

  it('says first that counts measure activity, not influence, and computes its figures from the published data', () => {
    expect(page.indexOf('Counts measure activity recorded in the sources, not influence')).toBeLessThan(
      page.indexOf('<svg'),
    );
    const ratio = `${String(Math.round((count(2020) / count(2019)) * 100))}%`;
    expect(page).toContain(`2020 has ${String(count(2020))} entries, ${ratio} of 2019’s ${String(count(2019))}.`);
    expect(page).toContain(`${String(json.events.length)} entries citing ${String(json.sources.length)} sources`);
  });

  it('links each figure to the data it comes from, and is linked from every page’s navigation', async () => {
    for (const file of ['partner-year-counts.csv', 'compat/ndu.csv', 'compat/dcad-main.csv', 'events.csv'])
      expect(page).toContain(`href="/data/${file}"`);
    expect(await readBuilt('index.html')).toContain('href="/analysis/"');
  });
});
