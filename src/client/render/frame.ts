import { formatCount, words } from './edition';
import type { TimelineFrame, TimelineState } from '../../lib/timeline/controller';
import { NONE_ROW, OTHER_ROW } from '../../lib/timeline/grouping';
import { renderAxis } from './axis';
import { fitCanvas, type CanvasStyle } from './canvas';
import { drawClusters, renderClusters } from './clusters';
import { drawDensity } from './density';
import { renderItems } from './items';
import { drawMarks } from './marks';
import { renderLanes, setStyle } from './lanes';

/** The elements a frame is drawn into. */
export interface FrameParts {
  axis: SVGSVGElement;
  lanes: HTMLElement;
  /** Everything drawn rather than laid out: density bars, series runs, clusters, marks and labels. */
  canvas: HTMLCanvasElement;
  clusters: HTMLElement;
  items: HTMLElement;
}

export interface FrameContext {
  /** Row names as the page writes them, by "grouping:key" ("kind:event", "partner:us"). */
  rowNames: ReadonlyMap<string, string>;
  /** The colours and type of the canvases. */
  style: CanvasStyle;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

/** A row's name: the page's, or the catalogue's for the rows that gather the rest. */
function rowName(names: ReadonlyMap<string, string>, group: string, key: string): string {
  if (key === OTHER_ROW) return words.timeline.otherRow;
  if (key === NONE_ROW) return words.timeline.noneRow[group] ?? key;
  return names.get(`${group}:${key}`) ?? key;
}

/** Draws a whole frame computed by the controller: axis, lanes, the canvas, and the buttons over it. */
export function renderFrame(
  parts: FrameParts,
  frame: TimelineFrame,
  state: TimelineState,
  { rowNames, style, ratio }: FrameContext,
): void {
  const { layout, ticks } = frame;
  renderAxis(parts.axis, ticks, state.width);
  renderLanes(parts.lanes, layout.lanes, (lane) => {
    const name = rowName(rowNames, state.group, lane.key);
    return lane.binned ? words.timeline.binnedLane(name, formatCount(lane.count)) : name;
  });
  setStyle(parts.items, 'height', `${layout.height}px`);
  // One canvas for all that is drawn, in this order from below: one bitmap for the browser to hand on a frame.
  const canvas = fitCanvas(parts.canvas, { width: state.width, height: layout.height, ratio });
  if (canvas) {
    drawDensity(canvas, layout.bars, frame.runs, style);
    drawClusters(canvas, layout.clusters, style);
    drawMarks(canvas, layout.items, state.selected, style, state.width);
  }
  renderClusters(parts.clusters, layout.clusters);
  renderItems(parts.items, layout.items, state);
}
