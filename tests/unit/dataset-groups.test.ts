import { describe, expect, it } from 'vitest';
import { countsByYear, entriesByPartner, seriesRows } from '../../src/lib/dataset/groups';
import { rotationSuccessors, sortEvents } from '../../src/lib/dataset/order';
import { eventEntry } from '../helpers/timeline-data';

const event = eventEntry;

const inSeries = (id: 'admm' | 'admm-retreat' | 'level-2-field-hospital', number?: number) => ({
  series: number === undefined ? { id } : { id, number },
});

describe('grouping the dataset', () => {
  it('counts entries by the year they begin, every covered year included', () => {
    const counts = countsByYear([
      event('a', '2016-03'),
      event('b', '2016'),
      event('c', '2024-12-01', { end: '2025-01' }),
    ]);
    expect([...counts.keys()]).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(counts.get(2016)).toBe(2);
    expect(counts.get(2024)).toBe(1);
    expect(counts.get(2025)).toBe(0);
  });

  it('lists partners by how many entries name them, each partner’s entries in date order', () => {
    const groups = entriesByPartner([
      event('us-2', '2020', { partners: ['us'] }),
      event('us-1', '2016', { partners: ['us', 'jp'] }),
      event('cn-1', '2018', { partners: ['cn'] }),
    ]);
    expect(groups.map((group) => [group.id, group.events.map((e) => e.id)])).toEqual([
      ['us', ['us-1', 'us-2']],
      ['cn', ['cn-1']],
      ['jp', ['us-1']],
    ]);
  });

  it('shows the missing numbers of a numbered series as one gap between the entries around it', () => {
    const rows = seriesRows('admm', [
      event('admm-9', '2015-03-16', inSeries('admm', 9)),
      event('admm-12', '2018-10-19', inSeries('admm', 12)),
      event('admm-13', '2019-07-10', inSeries('admm', 13)),
      event('other', '2018-01-01'),
    ]);
    expect(
      rows.map((row) => (row.kind === 'entry' ? row.event.id : row.kind === 'gap' ? row.numbers : row.year)),
    ).toEqual(['admm-9', [10, 11], 'admm-12', 'admm-13']);
  });

  it('shows the years without an entry in an annual series that is not numbered', () => {
    const rows = seriesRows('admm-retreat', [
      event('retreat-2015', '2015-03', inSeries('admm-retreat')),
      event('retreat-2018', '2018-02-06', inSeries('admm-retreat')),
    ]);
    expect(rows.map((row) => (row.kind === 'missing-year' ? row.year : row.kind))).toEqual([
      'entry',
      2016,
      2017,
      'entry',
    ]);
  });

  it('ends a rotation with no known end where its successor starts, and orders by that end', () => {
    const events = [
      event('rotation-2', '2019-11-19', { kind: 'rotation', ...inSeries('level-2-field-hospital', 2) }),
      event('rotation-1', '2018-10-02', { kind: 'rotation', ...inSeries('level-2-field-hospital', 1) }),
      event('visit', '2019-11-19', { end: '2019-11-20' }),
    ];
    expect(rotationSuccessors(events).get('rotation-1')?.id).toBe('rotation-2');
    expect(rotationSuccessors(events).has('rotation-2')).toBe(false);
    // Same first day: the two-day visit ends before rotation 2, which has no end and no successor (a single day).
    expect(sortEvents(events).map((e) => e.id)).toEqual(['rotation-1', 'rotation-2', 'visit']);
  });
});
