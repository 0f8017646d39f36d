import { describe, expect, it } from 'vitest';
import { divergingBars, heatGrid, stackedBars } from '../../src/lib/analysis/charts';

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
