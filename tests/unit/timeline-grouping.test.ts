import { describe, expect, it } from 'vitest';
import { LEADING_PARTNERS, planRows } from '../../src/lib/timeline/grouping';
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
