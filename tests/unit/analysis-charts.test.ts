import { describe, expect, it } from 'vitest';
import { divergingBars, heatGrid, stackedBars, seriesStrip } from '../../src/lib/analysis/charts';

describe('the analysis charts’ geometry', () => {
  it('shades each cell of a grid by its value against the largest, and leaves zero cells blank', () => {
    const grid = heatGrid(
      [
        { label: 'China', values: [4, 0] },
        { label: 'Japan', values: [2, 1] },
      ],
      ['2019', '2020'],
    );
    expect(grid.cells.map((cell) => [cell.strength, cell.text])).toEqual([
      [1, '4'],
      [0, ''],
      [0.5, '2'],
      [0.25, '1'],
    ]);
    expect(grid.rows.map((row) => row.text)).toEqual(['China', 'Japan']);
    expect(grid.cells[3]!.x).toBeGreaterThan(grid.cells[2]!.x);
    expect(grid.cells[2]!.y).toBeGreaterThan(grid.cells[0]!.y);
  });

  it('stacks bars from the baseline up, the tallest column as high as the plot', () => {
    const bars = stackedBars(
      ['2019', '2020'],
      [
        { key: 'online', values: [0, 2] },
        { key: 'unrecorded', values: [4, 2] },
      ],
      100,
    );
    const [first, second] = bars.bars;
    expect(first?.total).toBe(4);
    expect(first?.segments.map((segment) => segment.height)).toEqual([0, 100]);
    expect(second?.segments.map((segment) => segment.height)).toEqual([50, 50]);
    // The second segment sits on the first.
    expect(second!.segments[1]!.y + second!.segments[1]!.height).toBe(second!.segments[0]!.y);
    expect(second!.segments[0]!.y + 50).toBe(bars.baseline);
  });

  it('draws each side of a diverging row in proportion to the largest value', () => {
    const chart = divergingBars([{ label: 'US', left: 1, right: 4 }], 80);
    expect(chart.rows[0]).toMatchObject({ leftWidth: 20, rightWidth: 80 });
  });
});

describe('the series strip', () => {
  it('places each numbered entry in its year, spreads two in one year, and rings the empty years of an annual run', () => {
    const strip = seriesStrip(
      [
        {
          label: 'Annual',
          annual: true,
          held: [
            { number: 1, year: 2015 },
            { number: 3, year: 2017 },
            { number: 4, year: 2017 },
          ],
        },
        {
          label: 'Irregular',
          annual: false,
          held: [
            { number: 1, year: 2015 },
            { number: 2, year: 2018 },
          ],
        },
      ],
      [2015, 2016, 2017, 2018],
    );
    const [annual, irregular] = strip.rows;
    expect(annual?.dots.map((dot) => dot.text)).toEqual(['1', '3', '4']);
    const [first, third, fourth] = annual?.dots ?? [];
    // 2017's two entries share its column, one in each third.
    expect((fourth?.x ?? 0) - (third?.x ?? 0)).toBeCloseTo(34 / 3);
    expect(annual?.line).toEqual({ x1: first?.x, x2: fourth?.x });
    expect(annual?.missing).toHaveLength(1);
    expect(irregular?.missing).toEqual([]);
    expect(strip.columns.map((column) => column.text)).toEqual(['’15', '’16', '’17', '’18']);
  });
});
