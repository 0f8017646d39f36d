import { formatCount, words } from './edition';
import type { TimelineFrame, TimelineState } from '../../lib/timeline/controller';
import { NONE_ROW, OTHER_ROW } from '../../lib/timeline/grouping';
import { renderAxis } from './axis';
import { renderClusters } from './clusters';
import { renderDensity } from './density';
import type { CanvasStyle } from './canvas';
import { renderItems } from './items';
import { renderMarks } from './marks';
import { renderLanes, setStyle } from './lanes';

/** The elements a frame is drawn into. */
export interface FrameParts {
  axis: SVGSVGElement;
  lanes: HTMLElement;
  density: HTMLCanvasElement;
  clusters: HTMLElement;
  marks: HTMLCanvasElement;
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

/** Draws a whole frame computed by the controller: axis, lanes, density bars, marks and their buttons. */
export function renderFrame(
  parts: FrameParts,
  frame: TimelineFrame,
  state: TimelineState,
  context: FrameContext,
): void {
  const { layout, ticks } = frame;
  renderAxis(parts.axis, ticks, state.width);
  renderLanes(parts.lanes, layout.lanes, (lane) => {
    const name = rowName(context.rowNames, state.group, lane.key);
    return lane.binned ? words.timeline.binnedLane(name, formatCount(lane.count)) : name;
  });
  setStyle(parts.items, 'height', `${layout.height}px`);
  const size = { width: state.width, height: layout.height, ratio: context.ratio };
  renderDensity(parts.density, layout.bars, frame.runs, size, context.style);
  renderClusters(parts.clusters, layout.clusters);
  renderMarks(parts.marks, layout.items, state.selected, size, context.style);
  renderItems(parts.items, layout.items, state);
}
