import { describe, expect, it } from 'vitest';
import { compareChronologically } from '../../src/lib/dates/chronological-order';
import { sortItems, toTimelineItem } from '../../src/lib/timeline/timeline-item';
import { datum as makeDatum } from '../helpers/timeline-data';

const datum = (id: string, start: string, end: string | null = null) => makeDatum(id, start, { end });

const data = [
  datum('rotation', '2022-04-27', '2023'),
  datum('defence-industry-expo', '2022-12-08', '2022-12-10'),
  datum('month', '2023-07'),
  datum('year', '2020'),
  datum('day', '2024-01-09'),
  datum('same-day-b', '2024-01-09'),
  datum('early', '2015-03-01'),
];
const items = sortItems(data.map(toTimelineItem));

describe('timeline items', () => {
  it('sorts items in the same order as the chronology', () => {
    expect(items.map((item) => item.id)).toEqual(
      [...data].sort((a, b) => compareChronologically(a, b)).map((d) => d.id),
    );
  });
});
