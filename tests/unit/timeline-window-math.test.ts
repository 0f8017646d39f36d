import { describe, expect, it } from 'vitest';
import { scopeExtent } from '../../src/lib/timeline/time-scale';
import {
  panWindow,
  revealWindow,
  transformToWindow,
  windowToTransform,
  zoomWindow,
} from '../../src/lib/timeline/window-math';

const SCOPE = scopeExtent(2015, 2025);
const YEAR_2020: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];

describe('the window arithmetic', () => {
  it('turns a window into a zoom transform and back, whatever the width', () => {
    for (const width of [360, 1100]) {
      const transform = windowToTransform(YEAR_2020, SCOPE, width);
      expect(transform.k).toBeCloseTo((SCOPE[1] - SCOPE[0]) / (YEAR_2020[1] - YEAR_2020[0]));
      const [start, end] = transformToWindow(transform, SCOPE, width);
      expect(start).toBeCloseTo(YEAR_2020[0], -1);
      expect(end).toBeCloseTo(YEAR_2020[1], -1);
    }
  });

  it('gives the identity transform for the whole scope', () => {
    const { k, x } = windowToTransform(SCOPE, SCOPE, 900);
    expect(k).toBe(1);
    expect(x).toBeCloseTo(0);
  });

  it('keeps the point zoomed around where it was', () => {
    const around = Date.UTC(2020, 2, 1);
    const [start, end] = zoomWindow(YEAR_2020, 4, SCOPE, around);
    expect((around - start) / (end - start)).toBeCloseTo((around - YEAR_2020[0]) / (YEAR_2020[1] - YEAR_2020[0]));
    expect(end - start).toBeCloseTo((YEAR_2020[1] - YEAR_2020[0]) / 4);
  });

  it('pans no further than the end of the scope', () => {
    const last: [number, number] = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
    expect(panWindow(last, 0.5, SCOPE)).toEqual(last);
  });

  it('leaves the window alone when the item is in view, and centres it otherwise', () => {
    const inside = { from: Date.UTC(2020, 5, 1), to: Date.UTC(2020, 5, 2) };
    expect(revealWindow(YEAR_2020, inside, SCOPE)).toEqual(YEAR_2020);
    const later = { from: Date.UTC(2023, 5, 1), to: Date.UTC(2023, 5, 2) };
    const [start, end] = revealWindow(YEAR_2020, later, SCOPE);
    expect((start + end) / 2).toBe((later.from + later.to) / 2);
  });
});
