import { describe, expect, it } from 'vitest';
import { scopeExtent } from '../../src/lib/timeline/time-scale';
import {
  gestureWindow,
  panWindow,
  revealWindow,
  wheelZoomFactor,
  zoomWindow,
} from '../../src/lib/timeline/window-math';

const SCOPE = scopeExtent(2015, 2025);
const YEAR_2020: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];

describe('the window arithmetic', () => {
  it('pans with one finger so that the time under it stays under it', () => {
    const width = 1000;
    const [start, end] = gestureWindow(YEAR_2020, [500], [400], width, SCOPE);
    const span = YEAR_2020[1] - YEAR_2020[0];
    expect(end - start).toBe(span);
    expect(start).toBeCloseTo(YEAR_2020[0] + span / 10, -1);
  });

  it('pinches with two fingers: the times under both stay under them, so spreading them zooms in', () => {
    const width = 1000;
    const next = gestureWindow(YEAR_2020, [400, 600], [300, 700], width, SCOPE);
    const timeBefore = (px: number) => YEAR_2020[0] + (px / width) * (YEAR_2020[1] - YEAR_2020[0]);
    const timeAfter = (px: number) => next[0] + (px / width) * (next[1] - next[0]);
    expect(next[1] - next[0]).toBeCloseTo((YEAR_2020[1] - YEAR_2020[0]) / 2, -1);
    expect(timeAfter(300)).toBeCloseTo(timeBefore(400), -1);
    expect(timeAfter(700)).toBeCloseTo(timeBefore(600), -1);
  });

  it('never leaves the scope or inverts the window, whatever the fingers do', () => {
    const crossed = gestureWindow(YEAR_2020, [400, 600], [600, 400], 1000, SCOPE);
    expect(crossed).toEqual([...YEAR_2020]);
    const [start, end] = gestureWindow(SCOPE, [100], [900], 1000, SCOPE);
    expect([start, end]).toEqual([...SCOPE]);
  });

  it('zooms in when the wheel turns up, out when it turns down, and faster for a trackpad pinch', () => {
    expect(wheelZoomFactor(-100, 0, false)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, 0, false)).toBeLessThan(1);
    expect(wheelZoomFactor(-100, 0, true)).toBeGreaterThan(wheelZoomFactor(-100, 0, false));
    expect(wheelZoomFactor(-3, 1, false)).toBeCloseTo(wheelZoomFactor(-60, 0, false));
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
