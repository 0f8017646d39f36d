import type { LanePlacement, MarkCluster } from './layout-types';

/**
 * Shares a compact row's unlabelled marks out into marks and counted
 * clusters, so that no two targets overlap: marks whose boxes would touch
 * (closer than `gap` px) become one cluster, which a click zooms into. The
 * focused entry keeps its own mark, drawn above any cluster it lies in.
 */
export function clusterCompact(
  placements: readonly LanePlacement[],
  y: number,
  gap: number,
  focusedId: string | null,
): { marks: LanePlacement[]; clusters: MarkCluster[] } {
  const sorted = placements
    .filter((placed) => placed.item.id !== focusedId)
    .sort((a, b) => a.x - b.x || a.item.from - b.item.from);
  const marks: LanePlacement[] = placements.filter((placed) => placed.item.id === focusedId);
  const clusters: MarkCluster[] = [];
  let run: LanePlacement[] = [];
  let right = -Infinity;
  const close = () => {
    const [first] = run;
    if (run.length === 1 && first) marks.push(first);
    else if (first) {
      const left = first.x;
      clusters.push({
        lane: first.lane,
        x: Math.round(left),
        y,
        width: Math.max(1, Math.round(right - left)),
        count: run.length,
        from: Math.min(...run.map((placed) => placed.item.from)),
        to: Math.max(...run.map((placed) => placed.item.to)),
      });
    }
    run = [];
    right = -Infinity;
  };
  for (const placed of sorted) {
    if (placed.x >= right + gap) close();
    run.push(placed);
    right = Math.max(right, placed.x + placed.width);
  }
  close();
  return { marks, clusters };
}
