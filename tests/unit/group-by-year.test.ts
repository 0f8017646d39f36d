import { describe, expect, it } from 'vitest';
import { groupByYear } from '../../src/lib/content/group-by-year';

describe('grouping by year', () => {
  it('keeps the given order and starts a group at each new year', () => {
    const starts = ['2018-08-28', '2020', '2020-02-19', '2024-01-09', '2024-12-27'];
    expect(groupByYear(starts, (s) => s)).toEqual([
      { year: 2018, items: ['2018-08-28'] },
      { year: 2020, items: ['2020', '2020-02-19'] },
      { year: 2024, items: ['2024-01-09', '2024-12-27'] },
    ]);
  });
});
