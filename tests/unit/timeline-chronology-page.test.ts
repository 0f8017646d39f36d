import { describe, expect, it } from 'vitest';
import { chronologyPage } from '../../src/lib/timeline/chronology-page';
import { toTimelineItem } from '../../src/lib/timeline/timeline-item';
import { datum } from '../helpers/timeline-data';

const items = [
  datum('a', '2016-03-01'),
  datum('b', '2016-11'),
  datum('c', '2018'),
  datum('d', '2018-06-15'),
  datum('e', '2024-11-20'),
].map(toTimelineItem);

describe('the chronology under the timeline', () => {
  it('groups the entries by the year they start, keeping their order', () => {
    const page = chronologyPage(items, 10);
    expect(page.years.map(({ year, items: listed }) => [year, listed.map((item) => item.id)])).toEqual([
      [2016, ['a', 'b']],
      [2018, ['c', 'd']],
      [2024, ['e']],
    ]);
    expect(page).toMatchObject({ shown: 5, total: 5 });
  });

  it('lists only the first entries up to the limit, and says how many pass the filters', () => {
    const page = chronologyPage(items, 3);
    expect(page.years.flatMap((year) => year.items.map((item) => item.id))).toEqual(['a', 'b', 'c']);
    expect(page).toMatchObject({ shown: 3, total: 5 });
  });

  it('lists nothing when no entry passes', () => {
    expect(chronologyPage([], 500)).toEqual({ years: [], shown: 0, total: 0 });
  });
});
