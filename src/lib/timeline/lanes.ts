import { EVENT_KINDS, type EventKind } from '../../schemas/vocabulary/lanes';

/**
 * How each lane is drawn: its colour token (light and dark; Okabe–Ito colours
 * keep the lanes apart for colour-blind readers), the shape of its point marks
 * and the rule beside its entries in a chronology. With the vocabulary and the
 * catalogue's names, this is all a lane needs: its CSS is generated from here.
 */
export interface LanePresentation {
  light: string;
  dark: string;
  shape: 'circle' | 'diamond' | 'square';
  rule: 'solid' | 'double' | 'dashed';
}

export const LANE_PRESENTATION = {
  event: { light: '#0072b2', dark: '#56b4e9', shape: 'circle', rule: 'solid' },
  anniversary: { light: '#c04e00', dark: '#f0a04b', shape: 'diamond', rule: 'double' },
  rotation: { light: '#007a5a', dark: '#3ccfa0', shape: 'square', rule: 'dashed' },
} as const satisfies Record<EventKind, LanePresentation>;

/** The class of a point mark's shape in its lane. */
export function shapeClass(kind: EventKind): string {
  return `tl-shape-${LANE_PRESENTATION[kind].shape}`;
}

/**
 * /lanes.css: each lane's colour token, and `--lane` and `--lane-rule` for
 * everything drawn in a lane's colour (marks, legend, chronology entries).
 */
export function laneStylesheet(): string {
  const tokens = (scheme: 'light' | 'dark') =>
    EVENT_KINDS.map((kind) => `--lane-${kind}: ${LANE_PRESENTATION[kind][scheme]};`).join(' ');
  return [
    `:root { ${tokens('light')} }`,
    `@media (prefers-color-scheme: dark) { :root { ${tokens('dark')} } }`,
    ...EVENT_KINDS.map(
      (kind) =>
        `.tl-kind-${kind}, .tl-legend-${kind}, .chronology-entry[data-kind='${kind}'] ` +
        `{ --lane: var(--lane-${kind}); --lane-rule: ${LANE_PRESENTATION[kind].rule}; }`,
    ),
  ].join('\n');
}
