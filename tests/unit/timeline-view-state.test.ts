import { describe, expect, it } from 'vitest';
import { toTimelineItem, type TimelineDatum } from '../../src/lib/timeline/timeline-item';
import {
  daysToWindow,
  EMPTY_VIEW,
  matchesFilters,
  parseViewState,
  serializeViewState,
  windowToDays,
} from '../../src/lib/timeline/view-state';

const expo: TimelineDatum = {
  id: 'defence-expo-2022',
  title: 'Expo',
  kind: 'event',
  type: 'defence-industry-expo',
  scope: 'multilateral',
  partners: [],
  series: null,
  number: null,
  start: '2022-12-08',
  end: '2022-12-10',
  inferred: false,
};
const exchange: TimelineDatum = {
  ...expo,
  id: 'x',
  type: 'border-defence-exchange',
  scope: 'bilateral',
  partners: ['China'],
  start: '2024-04-11',
  end: '2024-04-12',
};
const rotation: TimelineDatum = {
  ...expo,
  id: 'r',
  kind: 'rotation',
  type: 'peacekeeping-deployment',
  start: '2022-04-27',
  end: '2023',
};

describe('the view state in the URL', () => {
  it('round-trips every part of the view in a fixed order', () => {
    const state = {
      kinds: ['rotation', 'event'] as const,
      types: ['defence-industry-expo'] as const,
      partners: ['Laos', 'China'],
      series: ['admm'],
      scopes: ['bilateral'] as const,
      fromYear: 2018,
      toYear: 2024,
      window: ['2019-01-01', '2020-06-30'] as [string, string],
      group: 'partner' as const,
      selected: 'defence-expo-2022',
    };
    const search = serializeViewState({
      ...state,
      kinds: [...state.kinds],
      types: [...state.types],
      scopes: [...state.scopes],
    });
    expect(search).toBe(
      '?kind=event,rotation&type=defence-industry-expo&partner=China,Laos&series=admm&scope=bilateral&from=2018&to=2024&window=2019-01-01/2020-06-30&group=partner&item=defence-expo-2022',
    );
    expect(parseViewState(search)).toEqual({
      kinds: ['event', 'rotation'],
      types: ['defence-industry-expo'],
      partners: ['China', 'Laos'],
      series: ['admm'],
      scopes: ['bilateral'],
      fromYear: 2018,
      toYear: 2024,
      window: ['2019-01-01', '2020-06-30'],
      group: 'partner',
      selected: 'defence-expo-2022',
    });
  });

  it('writes nothing for an unrestricted view', () => {
    expect(serializeViewState(EMPTY_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(EMPTY_VIEW);
  });

  it('ignores values it does not understand instead of failing', () => {
    expect(
      parseViewState('?kind=battle,rotation&scope=galactic&from=20x4&window=2020-02-30/2020-03-01&item=<script>'),
    ).toEqual({ ...EMPTY_VIEW, kinds: ['rotation'] });
    expect(parseViewState('?window=2021-01-01/2020-01-01').window).toBeNull();
  });

  it('accepts repeated parameters as well as comma lists', () => {
    expect(parseViewState('?kind=event&kind=rotation').kinds).toEqual(['event', 'rotation']);
  });

  it('turns a window into inclusive days and back', () => {
    const window: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2020, 6, 1)];
    expect(windowToDays(window)).toEqual(['2019-01-01', '2020-06-30']);
    expect(daysToWindow(['2019-01-01', '2020-06-30'])).toEqual(window);
  });
});

describe('the filters', () => {
  const all = [expo, exchange, rotation].map(toTimelineItem);
  const ids = (state: Partial<typeof EMPTY_VIEW>) =>
    all.filter((item) => matchesFilters(item, { ...EMPTY_VIEW, ...state })).map((item) => item.id);

  it('keep everything when nothing is chosen', () => {
    expect(ids({})).toEqual(['defence-expo-2022', 'x', 'r']);
  });

  it('combine choices within a filter with "or" and across filters with "and"', () => {
    expect(ids({ types: ['defence-industry-expo', 'border-defence-exchange'] })).toEqual(['defence-expo-2022', 'x']);
    expect(ids({ types: ['defence-industry-expo', 'border-defence-exchange'], scopes: ['bilateral'] })).toEqual(['x']);
    expect(ids({ kinds: ['rotation'] })).toEqual(['r']);
    expect(ids({ partners: ['China'] })).toEqual(['x']);
  });

  it('keep entries that overlap the year range at all', () => {
    expect(ids({ fromYear: 2023 })).toEqual(['x', 'r']);
    expect(ids({ toYear: 2022 })).toEqual(['defence-expo-2022', 'r']);
    expect(ids({ fromYear: 2023, toYear: 2023 })).toEqual(['r']);
  });
});
