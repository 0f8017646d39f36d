import { describe, expect, it } from 'vitest';
import { planRows } from '../../src/lib/timeline/grouping';
import { indexTimeline, layoutTimeline, type LayoutOptions } from '../../src/lib/timeline/layout';
import { sortItems, toTimelineItem, type TimelineDatum } from '../../src/lib/timeline/timeline-item';
import { datum as makeDatum } from '../helpers/timeline-data';

const datum = (id: string, start: string, end: string | null = null, kind: TimelineDatum['kind'] = 'event') =>
  makeDatum(id, start, { end, kind });

/** 2024 over 366 px: one pixel a day. */
const WINDOW: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
const OPTIONS: LayoutOptions = {
  width: 366,
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
const lay = (list: ReturnType<typeof items>, options: LayoutOptions = OPTIONS) =>
  layoutTimeline(indexTimeline(list, planRows(list, 'kind')), WINDOW, options);

describe('the timeline layout', () => {
  it('draws a known day as a point and a range from its first to the end of its last day', () => {
    const layout = lay(items(datum('day', '2024-01-11'), datum('defence-industry-expo', '2024-03-01', '2024-03-10')));
    const [day, expo] = layout.items;
    expect(day).toMatchObject({ x: 10, width: 10 });
    expect(expo?.x).toBeCloseTo(60);
    expect(expo?.width).toBeCloseTo(10);
  });

  it('draws an end known only to the month solid as far as surely reached and hatched across that month', () => {
    const layout = lay(
      items(
        datum('rotation', '2024-03-01', '2024-06', 'rotation'),
        datum('known-end', '2024-03-01', '2024-06-10'),
        datum('month-start', '2024-03', '2024-06'),
      ),
    );
    const box = (id: string) => layout.items.find((p) => p.item.id === id)?.box;
    // 1 March to the end of June is 122 days; surely until 1 June, 92 days: the rest is June, uncertain.
    expect(box('rotation')).toMatchObject({ markWidth: 122, markSolid: 92 });
    expect(box('known-end')?.markSolid).toBeNull();
    // A start known only to the month is hatched whole already.
    expect(box('month-start')?.markSolid).toBeNull();
  });

  it('draws a month or a year as the whole period it could be, not a false day', () => {
    const layout = lay(items(datum('month', '2024-07'), datum('year', '2024', null, 'rotation')));
    const month = layout.items.find((p) => p.item.id === 'month');
    const year = layout.items.find((p) => p.item.id === 'year');
    expect(month?.x).toBeCloseTo(182);
    expect(month?.width).toBeCloseTo(31);
    expect(year?.x).toBe(0);
    expect(year?.width).toBeCloseTo(366);
    expect(month?.item.point).toBe(false);
  });

  it('puts each kind in its own lane, in the given lane order', () => {
    const layout = lay(
      items(
        datum('a', '2024-02-01', null, 'rotation'),
        datum('b', '2024-02-01', null, 'anniversary'),
        datum('c', '2024-02-01'),
      ),
    );
    expect(layout.lanes.map((lane) => [lane.key, lane.y, lane.height])).toEqual([
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
    const layout = lay(
      items(datum('first', '2024-01-01'), datum('second', '2024-01-21'), datum('third', '2024-03-01')),
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
      datum('d', '2024-01-30'),
    );
    const layout = lay(crowded);
    expect(layout.items.map((p) => [p.item.id, p.labelled, p.y])).toEqual([
      ['a', true, 20],
      ['b', true, 50],
      ['c', false, 80],
      ['d', false, 80],
    ]);
    expect(layout.clusters).toEqual([]);
    expect(layout.lanes[0]).toMatchObject({ rows: 3, height: 110, count: 4 });
  });

  it('draws an item with no label width (its title still to come) unlabelled, leaving its row to the next', () => {
    const spaced = items(datum('a', '2024-01-01'), datum('pending', '2024-03-01'), datum('c', '2024-03-02'));
    const layout = lay(spaced, { ...OPTIONS, labelWidth: (item) => (item.id === 'pending' ? null : 50) });
    expect(layout.items.map((p) => [p.item.id, p.labelled])).toEqual([
      ['a', true],
      ['pending', false],
      ['c', true],
    ]);
    expect(layout.items.find((p) => p.item.id === 'c')?.y).toBe(20);
  });

  it('draws unlabelled marks too close to tell apart as one counted cluster covering their days', () => {
    const crowded = items(
      datum('a', '2024-01-01'),
      datum('b', '2024-01-02'),
      datum('c', '2024-01-03'),
      datum('d', '2024-01-05'),
      datum('e', '2024-03-01'),
    );
    const layout = lay(crowded);
    expect(layout.items.map((p) => p.item.id)).toEqual(['a', 'b', 'e']);
    expect(layout.clusters).toEqual([
      { lane: 'event', x: 2, y: 80, width: 12, count: 2, from: Date.UTC(2024, 0, 3), to: Date.UTC(2024, 0, 6) },
    ]);
    const focused = layoutTimeline(indexTimeline(crowded, planRows(crowded, 'kind')), WINDOW, OPTIONS, crowded[2]);
    // The focused entry keeps its own mark; the cluster it was in shrinks to one mark.
    expect(focused.items.map((p) => p.item.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(focused.clusters).toEqual([]);
  });

  it('counts marks into density bins when a lane has too many to draw one by one', () => {
    const days = Array.from({ length: 12 }, (_, i) =>
      datum(`d${String(i).padStart(2, '0')}`, `2024-01-${String(i + 1).padStart(2, '0')}`),
    );
    const layout = lay(items(...days));
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
    lay(items(...days), {
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

  it('skips runs that cannot get a row without visiting them, and still counts them', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      datum(`m${String(i).padStart(4, '0')}`, new Date(WINDOW[0] + (i % 360) * 86_400_000).toISOString().slice(0, 10)),
    );
    const measured: string[] = [];
    const layout = lay(items(...many), { ...OPTIONS, labelWidth: (item) => (measured.push(item.id), 50) });
    expect(layout.lanes[0]?.count).toBe(2000);
    const labelled = layout.items.filter((p) => p.labelled).length;
    const binned = layout.bins.reduce((sum, bin) => sum + bin.count, 0);
    expect(labelled + binned).toBe(2000);
    // Only near the right edge, where labels shift inwards, are items tried one by one.
    expect(measured.length).toBeLessThan(250);
  });

  it('lays out the same when the measurer stops counting past the room it is given', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      ...datum(
        `r${String(i).padStart(3, '0')}`,
        new Date(WINDOW[0] + (i % 300) * 86_400_000).toISOString().slice(0, 10),
      ),
      title: 'x'.repeat(3 + ((i * 7) % 40)),
    }));
    const exact = (item: { title: string }) => 10 + 4 * item.title.length;
    const rooms: number[] = [];
    const stopping: LayoutOptions['labelWidth'] = (item, room) => {
      rooms.push(room);
      return Math.min(exact(item), Math.floor(room) + 1);
    };
    const list = items(...many);
    expect(lay(list, { ...OPTIONS, labelWidth: stopping })).toEqual(lay(list, { ...OPTIONS, labelWidth: exact }));
    // Rooms are bounded once the rows are full, and never wider than the view.
    expect(rooms.some((room) => Number.isFinite(room))).toBe(true);
    expect(rooms.filter(Number.isFinite).every((room) => room > 0 && room <= OPTIONS.width)).toBe(true);
  });

  it('leaves out what lies outside the view and keeps labels inside it', () => {
    const layout = lay(
      items(
        datum('before', '2023-06-01'),
        datum('late', '2024-12-30'),
        datum('spanning', '2023-12', '2024-02', 'rotation'),
      ),
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
