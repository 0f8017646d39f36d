import { describe, expect, it } from 'vitest';
import { layoutTimeline, type LayoutOptions } from '../../src/lib/timeline/layout';
import { createTimeScale } from '../../src/lib/timeline/time-scale';
import { sortItems, toTimelineItem, type TimelineDatum } from '../../src/lib/timeline/timeline-item';

function datum(
  id: string,
  start: string,
  end: string | null = null,
  kind: TimelineDatum['kind'] = 'event',
): TimelineDatum {
  return { id, title: id, kind, type: 'expo', scope: 'national', partners: [], start, end, inferred: false };
}

/** 2024 over 366 px: one pixel a day. */
const scale = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 366);
const x = (time: number) => scale(time);
const OPTIONS: LayoutOptions = {
  width: 366,
  lanes: ['event', 'anniversary', 'rotation'],
  rowHeight: 30,
  maxLabelledRows: 2,
  labelWidth: () => 50,
  gap: 4,
  markWidth: 10,
  laneGap: 6,
  laneHeader: 20,
  maxCompactMarks: 3,
  binWidth: 10,
};
const items = (...data: TimelineDatum[]) => sortItems(data.map(toTimelineItem));

describe('the timeline layout', () => {
  it('draws a known day as a point and a range from its first to the end of its last day', () => {
    const layout = layoutTimeline(
      items(datum('day', '2024-01-11'), datum('expo', '2024-03-01', '2024-03-10')),
      x,
      OPTIONS,
    );
    const [day, expo] = layout.items;
    expect(day).toMatchObject({ x: 10, width: 10 });
    expect(expo?.x).toBeCloseTo(60);
    expect(expo?.width).toBeCloseTo(10);
  });

  it('draws a month or a year as the whole period it could be, not a false day', () => {
    const layout = layoutTimeline(
      items(datum('month', '2024-07'), datum('year', '2024', null, 'rotation')),
      x,
      OPTIONS,
    );
    const month = layout.items.find((p) => p.item.id === 'month');
    const year = layout.items.find((p) => p.item.id === 'year');
    expect(month?.x).toBeCloseTo(182);
    expect(month?.width).toBeCloseTo(31);
    expect(year?.x).toBe(0);
    expect(year?.width).toBeCloseTo(366);
    expect(month?.item.point).toBe(false);
  });

  it('puts each kind in its own lane, in the given lane order', () => {
    const layout = layoutTimeline(
      items(
        datum('a', '2024-02-01', null, 'rotation'),
        datum('b', '2024-02-01', null, 'anniversary'),
        datum('c', '2024-02-01'),
      ),
      x,
      OPTIONS,
    );
    expect(layout.lanes.map((lane) => [lane.kind, lane.y, lane.height])).toEqual([
      ['event', 0, 50],
      ['anniversary', 56, 50],
      ['rotation', 112, 50],
    ]);
    expect(layout.items.map((p) => [p.item.id, p.lane, p.y])).toEqual([
      ['a', 'rotation', 132],
      ['b', 'anniversary', 76],
      ['c', 'event', 20],
    ]);
    expect(layout.height).toBe(162);
  });

  it('stacks items whose labels would overlap, so that no two labels touch', () => {
    const layout = layoutTimeline(
      items(datum('first', '2024-01-01'), datum('second', '2024-01-21'), datum('third', '2024-03-01')),
      x,
      OPTIONS,
    );
    const rows = layout.items.map((p) => [p.item.id, p.y]);
    expect(rows).toEqual([
      ['first', 20],
      ['second', 50],
      ['third', 20],
    ]);
    const labelled = layout.items.filter((p) => p.labelled);
    for (const a of labelled)
      for (const b of labelled)
        if (a !== b && a.y === b.y)
          expect(a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX).toBe(true);
  });

  it('draws what does not fit in the labelled rows as unlabelled marks in one compact row', () => {
    const crowded = items(
      datum('a', '2024-01-01'),
      datum('b', '2024-01-02'),
      datum('c', '2024-01-03'),
      datum('d', '2024-01-04'),
    );
    const layout = layoutTimeline(crowded, x, OPTIONS);
    expect(layout.items.map((p) => [p.item.id, p.labelled, p.y])).toEqual([
      ['a', true, 20],
      ['b', true, 50],
      ['c', false, 80],
      ['d', false, 80],
    ]);
    expect(layout.lanes[0]).toMatchObject({ rows: 3, height: 110, count: 4 });
  });

  it('counts marks into density bins when a lane has too many to draw one by one', () => {
    const days = Array.from({ length: 12 }, (_, i) =>
      datum(`d${String(i).padStart(2, '0')}`, `2024-01-${String(i + 1).padStart(2, '0')}`),
    );
    const layout = layoutTimeline(items(...days), x, OPTIONS);
    expect(layout.items.filter((p) => p.labelled)).toHaveLength(2);
    expect(layout.items.filter((p) => !p.labelled)).toEqual([]);
    expect(layout.bins).toEqual([
      { lane: 'event', x: 0, width: 10, y: 80, count: 8 },
      { lane: 'event', x: 10, width: 10, y: 80, count: 2 },
    ]);
    expect(layout.lanes[0]?.count).toBe(12);
  });

  it('measures labels only for items that could still get a row', () => {
    const measured: string[] = [];
    const days = Array.from({ length: 30 }, (_, i) =>
      datum(`d${String(i).padStart(2, '0')}`, `2024-03-${String(i + 1).padStart(2, '0')}`),
    );
    layoutTimeline(items(...days), x, {
      ...OPTIONS,
      labelWidth: (item) => {
        measured.push(item.id);
        return 50;
      },
    });
    // Two rows: d00 and d01 take them; each frees up 54 px (label and gap) later.
    expect(measured.length).toBeLessThan(10);
    expect(measured.slice(0, 2)).toEqual(['d00', 'd01']);
  });

  it('leaves out what lies outside the view and keeps labels inside it', () => {
    const layout = layoutTimeline(
      items(
        datum('before', '2023-06-01'),
        datum('late', '2024-12-30'),
        datum('spanning', '2023-12', '2024-02', 'rotation'),
      ),
      x,
      OPTIONS,
    );
    expect(layout.items.map((p) => p.item.id)).toEqual(['spanning', 'late']);
    const late = layout.items.find((p) => p.item.id === 'late');
    expect(late?.x).toBe(364);
    expect(late?.labelX).toBe(316);
    const spanning = layout.items.find((p) => p.item.id === 'spanning');
    expect(spanning?.x).toBe(-31);
    expect(spanning?.labelX).toBe(0);
  });
});
