import { describe, expect, it } from 'vitest';
import { accessibleLabel, DAY_MS, toTimelineItem } from '../../src/lib/timeline/timeline-item';
import {
  axisTicks,
  clampWindow,
  createTimeScale,
  formatTick,
  MIN_WINDOW_MS,
  scopeExtent,
  tickCount,
} from '../../src/lib/timeline/time-scale';
import { filterOptions } from '../../src/lib/timeline/filter-options';

const scope = scopeExtent(2015, 2025);

describe('the time scale', () => {
  it('covers the timeline’s years from the first of January to the end of the last year', () => {
    expect(scope.map((t) => new Date(t).toISOString())).toEqual([
      '2015-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('ticks in years when zoomed out and in days when zoomed in', () => {
    const wide = createTimeScale(scope, 1100)
      .ticks(tickCount(1100))
      .map((date) => formatTick(date, 'en'));
    expect(wide).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    const narrow = createTimeScale([Date.UTC(2024, 11, 15), Date.UTC(2024, 11, 29)], 900)
      .ticks(tickCount(900))
      .map((date) => formatTick(date, 'en'));
    expect(narrow.slice(0, 3)).toEqual(['15 Dec', '16 Dec', '17 Dec']);
    const months = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 1100)
      .ticks(tickCount(1100))
      .map((date) => formatTick(date, 'en'));
    expect(months.slice(0, 3)).toEqual(['2024', 'Feb', 'Mar']);
  });

  it('always shows the year on the axis: the first tick of a zoomed-in window names it', () => {
    expect(
      axisTicks([Date.UTC(2022, 8, 3), Date.UTC(2022, 8, 20)], 900, 'en')
        .map((tick) => tick.label)
        .slice(0, 3),
    ).toEqual(['3 Sept 2022', '5 Sept', '7 Sept']);
    expect(axisTicks([Date.UTC(2021, 5, 10), Date.UTC(2022, 5, 10)], 1100, 'en').map((tick) => tick.label)).toContain(
      '2022',
    );
    expect(axisTicks([Date.UTC(2021, 5, 10), Date.UTC(2022, 5, 10)], 1100, 'en')[0]?.label).toBe('Jul 2021');
  });

  it('keeps the window inside the scope and no narrower than two weeks', () => {
    const twoYears = Date.UTC(2012, 0, 1) - Date.UTC(2010, 0, 1);
    expect(clampWindow([Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)], scope)).toEqual([scope[0], scope[0] + twoYears]);
    expect(clampWindow([Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1)], scope)).toEqual(scope);
    const narrow = clampWindow([Date.UTC(2020, 5, 1), Date.UTC(2020, 5, 2)], scope);
    expect(narrow[1] - narrow[0]).toBe(MIN_WINDOW_MS);
    expect((narrow[0] + narrow[1]) / 2).toBe(Date.UTC(2020, 5, 1, 12));
  });
});

describe('timeline items', () => {
  const datum = {
    id: 'review-conference-2023-first-half',
    title: 'Review of the first half of 2023',
    kind: 'event' as const,
    type: 'review-conference' as const,
    scope: 'national' as const,
    partners: [],
    series: null,
    number: null,
    start: '2023-07',
    end: null,
    inferred: true,
  };

  it('are named for screen readers by date, title, type and lane', () => {
    expect(accessibleLabel(datum, 'en')).toBe(
      'July 2023, date inferred: Review of the first half of 2023. Review conference, event.',
    );
  });

  it('extend from the first possible day to the end of the last', () => {
    const item = toTimelineItem(datum);
    expect(item.from).toBe(Date.UTC(2023, 6, 1));
    expect(item.to).toBe(Date.UTC(2023, 6, 31) + DAY_MS);
    expect(item.point).toBe(false);
    expect(toTimelineItem({ ...datum, start: '2024-01-09' }).point).toBe(true);
  });

  it('offer only the filter choices the content has, with counts', () => {
    const options = filterOptions(
      [datum, { ...datum, id: 'b', partners: ['China'], scope: 'bilateral' }],
      2015,
      2025,
      'en',
    );
    expect(options.kind).toEqual([{ value: 'event', label: 'Event', count: 2 }]);
    expect(options.partner).toEqual([{ value: 'China', label: 'China', count: 1 }]);
    expect(options.scope.map((o) => o.value)).toEqual(['bilateral', 'national']);
    expect(options.years).toHaveLength(11);
  });
});
