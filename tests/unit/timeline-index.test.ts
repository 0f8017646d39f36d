import { describe, expect, it } from 'vitest';
import { compareChronologically } from '../../src/lib/dates/chronological-order';
import { createTimeIndex } from '../../src/lib/timeline/time-index';
import { sortItems, toTimelineItem, type TimelineDatum } from '../../src/lib/timeline/timeline-item';

function datum(id: string, start: string, end: string | null = null): TimelineDatum {
  return { id, title: id, kind: 'event', type: 'expo', scope: 'national', partners: [], start, end, inferred: false };
}

const data = [
  datum('rotation', '2022-04-27', '2023'),
  datum('expo', '2022-12-08', '2022-12-10'),
  datum('month', '2023-07'),
  datum('year', '2020'),
  datum('day', '2024-01-09'),
  datum('same-day-b', '2024-01-09'),
  datum('early', '2015-03-01'),
];
const items = sortItems(data.map(toTimelineItem));

describe('the time index', () => {
  it('sorts items in the same order as the chronology', () => {
    expect(items.map((item) => item.id)).toEqual(
      [...data].sort((a, b) => compareChronologically(a, b)).map((d) => d.id),
    );
  });

  it('finds exactly the items overlapping a window, in date order', () => {
    const index = createTimeIndex(items);
    const inView = (start: string, end: string) => index.inView(Date.parse(start), Date.parse(end)).map((i) => i.id);
    expect(inView('2022-12-09', '2022-12-20')).toEqual(['rotation', 'expo']);
    expect(inView('2023-07-31', '2023-08-02')).toEqual(['rotation', 'month']);
    expect(inView('2023-08-01', '2024-01-09')).toEqual(['rotation']);
    expect(inView('2024-01-09', '2024-01-10')).toEqual(['day', 'same-day-b']);
    expect(inView('2015-01-01', '2026-01-01')).toEqual(items.map((i) => i.id));
  });

  it('agrees with a plain scan on many random windows', () => {
    const index = createTimeIndex(items);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i += 1) {
      const start = Date.UTC(2015, 0, 1) + random() * 11 * 365 * 86_400_000;
      const end = start + random() * 800 * 86_400_000;
      const scan = items.filter((item) => item.from < end && item.to > start).map((item) => item.id);
      expect(index.inView(start, end).map((item) => item.id)).toEqual(scan);
    }
  });
});
