import { describe, expect, it } from 'vitest';
import { LANE_PRESENTATION, laneStylesheet, shapeClass } from '../../src/lib/timeline/lanes';
import { EVENT_KINDS } from '../../src/schemas/vocabulary/lanes';

describe('the lane registry', () => {
  it('gives every lane of the vocabulary its colour token in both schemes, and its rule and shape', () => {
    const css = laneStylesheet();
    for (const kind of EVENT_KINDS) {
      const lane = LANE_PRESENTATION[kind];
      expect(css).toContain(`--lane-${kind}: ${lane.light};`);
      expect(css).toContain(`--lane-${kind}: ${lane.dark};`);
      expect(css).toContain(`.chronology-entry[data-kind='${kind}']`);
      expect(css).toContain(`{ --lane: var(--lane-${kind}); --lane-rule: ${lane.rule}; }`);
      expect(shapeClass(kind)).toBe(`tl-shape-${lane.shape}`);
    }
    expect(css.indexOf('prefers-color-scheme: dark')).toBeGreaterThan(css.indexOf(':root'));
  });

  it('keeps the lanes apart by shape as well as by colour', () => {
    const shapes = EVENT_KINDS.map((kind) => LANE_PRESENTATION[kind].shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
