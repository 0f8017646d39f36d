import { describe, expect, it } from 'vitest';
import { LEADING_PARTNERS, planRows } from '../../src/lib/timeline/grouping';
import { TimelineController } from '../../src/lib/timeline/controller';
import { GEOMETRY } from '../../src/lib/timeline/geometry';
import { scopeExtent } from '../../src/lib/timeline/time-scale';
import { sortItems, toTimelineItem } from '../../src/lib/timeline/timeline-item';
import { datum } from '../helpers/timeline-data';

describe('the rows of a grouping', () => {
  it('keeps the three kinds as the default rows, in the vocabulary’s order', () => {
    const plan = planRows([datum('a', '2020-01-01', { kind: 'rotation' })], 'kind');
    expect(plan.rows).toEqual(['event', 'anniversary', 'rotation']);
    expect(plan.rowOf(datum('a', '2020-01-01', { kind: 'rotation' }))).toBe('rotation');
  });

  it('gives the leading partners a row each, most entries first, then “other” and “none”', () => {
    const many = Array.from({ length: LEADING_PARTNERS + 2 }, (_, i) =>
      // Partner p0 has the most entries, p11 the fewest.
      Array.from({ length: LEADING_PARTNERS + 2 - i }, (_, j) =>
        datum(`p${String(i)}-${String(j)}`, '2020-01-01', { partners: [`p${String(i)}`] }),
      ),
    ).flat();
    const data = [...many, datum('alone', '2020-01-01')];
    const plan = planRows(data, 'partner');
    expect(plan.rows).toEqual([
      ...Array.from({ length: LEADING_PARTNERS }, (_, i) => `p${String(i)}`),
      'other',
      'none',
    ]);
    expect(plan.rowOf(datum('x', '2020-01-01', { partners: ['p11'] }))).toBe('other');
    expect(plan.rowOf(datum('x', '2020-01-01', { partners: ['p11', 'p3'] }))).toBe('p3');
    expect(plan.rowOf(datum('x', '2020-01-01', { partners: ['p2', 'p1'] }))).toBe('p2');
    expect(plan.rowOf(datum('alone', '2020-01-01'))).toBe('none');
  });

  it('gives each series a row and entries outside any series the last one', () => {
    const data = [
      datum('a', '2020-01-01', { series: 'admm' }),
      datum('b', '2021-01-01', { series: 'admm' }),
      datum('c', '2021-01-01', { series: 'shangri-la-dialogue' }),
      datum('d', '2021-01-01'),
    ];
    const plan = planRows(data, 'series');
    expect(plan.rows).toEqual(['admm', 'shangri-la-dialogue', 'none']);
    expect(data.map(plan.rowOf)).toEqual(['admm', 'admm', 'shangri-la-dialogue', 'none']);
  });

  it('gives only the scopes the entries have, in the vocabulary’s order', () => {
    const data = [datum('a', '2020-01-01', { scope: 'multilateral' }), datum('b', '2020-01-01')];
    expect(planRows(data, 'scope').rows).toEqual(['multilateral', 'national']);
  });
});

describe('a series drawn as a run', () => {
  it('joins a series’ marks in date order with their numbers, only in rows by series and only for series rows', () => {
    const items = sortItems(
      [
        datum('x-1', '2019-01-10', { series: 'admm', number: 1 }),
        datum('x-2', '2019-06-10', { series: 'admm', number: 2 }),
        datum('alone', '2019-03-01'),
        datum('y-1', '2019-04-01', { series: 'shangri-la-dialogue', number: 18 }),
      ].map(toTimelineItem),
    );
    const timeline = new TimelineController(items, scopeExtent(2015, 2025));
    timeline.setWidth(1000);
    timeline.setWindow([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]);
    expect(timeline.frame().runs).toEqual([]);
    timeline.setGroup('series');
    const { runs, layout } = timeline.frame();
    expect(runs.map((run) => [run.lane, run.stops.map((stop) => stop.number)])).toEqual([['admm', [1, 2]]]);
    const first = layout.items.find((placed) => placed.item.id === 'x-1');
    expect(runs[0]?.stops[0]).toEqual({
      x: Math.round((first?.x ?? 0) + GEOMETRY.markSize / 2),
      y: (first?.y ?? 0) + 6,
      number: 1,
    });
  });
});
