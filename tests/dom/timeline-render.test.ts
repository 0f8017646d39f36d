// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineController } from '../../src/lib/timeline/controller';
import { GEOMETRY } from '../../src/lib/timeline/geometry';
import { fitCanvas, type CanvasStyle } from '../../src/client/render/canvas';
import { words } from '../../src/client/render/edition';
import { renderFrame, type FrameParts } from '../../src/client/render/frame';
import { BUSY_QUARTER, denseController, SCOPE } from '../fixtures/dense-timeline';
import { serialize } from './snapshot';

/** What the canvas was asked: each call with its arguments and the fill, stroke, alpha, font and line it was made with. */
interface Call {
  call: string;
  args: unknown[];
  fill: unknown;
  stroke: unknown;
  alpha: unknown;
  font: unknown;
  width: unknown;
}
let painted: Call[] = [];
/** jsdom has no 2D context: a recording one stands in, which a clearing of the canvas empties. */
const recordingContext = new Proxy<Record<string, unknown>>(
  { globalAlpha: 1 },
  {
    get(target, name: string) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        if (name === 'clearRect') painted = [];
        else {
          const { fillStyle: fill, strokeStyle: stroke, globalAlpha: alpha, font, lineWidth: width } = target;
          painted.push({ call: name, args, fill, stroke, alpha, font, width });
        }
        return name === 'measureText' ? { width: 7 * String(args[0]).length } : undefined;
      };
    },
    set(target, name: string, value: unknown) {
      target[name] = value;
      return true;
    },
  },
);

/** The density bars drawn: the filled rectangles a bar high before any path (runs, clusters and marks come after). */
function densityBars(): string[] {
  const firstPath = painted.findIndex((call) => call.call === 'beginPath');
  return painted
    .slice(0, firstPath === -1 ? painted.length : firstPath)
    .filter((call) => call.call === 'fillRect' && call.args[3] === GEOMETRY.binHeight)
    .map(({ fill, alpha, args: [x, y, width, height] }) => {
      return `${String(fill)} ${Number(alpha).toFixed(2)} ${String(x)},${String(y)} ${String(width)}×${String(height)}`;
    });
}

beforeEach(() => {
  painted = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    recordingContext as unknown as CanvasRenderingContext2D,
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const ROW_NAMES = new Map([
  ['kind:event', 'Events'],
  ['kind:anniversary', 'Anniversaries'],
  ['kind:rotation', 'UN peacekeeping rotations'],
]);
const STYLE: CanvasStyle = {
  lanes: new Map([
    ['event', '#0072b2'],
    ['anniversary', '#c04e00'],
    ['rotation', '#007a5a'],
  ]),
  muted: '#525863',
  text: '#1c1e22',
  surface: '#ffffff',
  font: '400 13px sans-serif',
  boldFont: '600 13px sans-serif',
  countFont: '600 10px sans-serif',
};
const CONTEXT = { rowNames: ROW_NAMES, style: STYLE, ratio: 1 };

function parts(): FrameParts & { root: HTMLElement } {
  const root = document.createElement('div');
  root.innerHTML =
    '<svg class="tl-axis"></svg><div class="tl-lanes"></div><canvas class="tl-canvas"></canvas><div class="tl-clusters"></div><div class="tl-items"></div>';
  document.body.append(root);
  return {
    root,
    axis: root.querySelector('svg') as unknown as SVGSVGElement,
    lanes: root.querySelector('.tl-lanes') as HTMLElement,
    canvas: root.querySelector('.tl-canvas') as HTMLCanvasElement,
    clusters: root.querySelector('.tl-clusters') as HTMLElement,
    items: root.querySelector('.tl-items') as HTMLElement,
  };
}

function draw(controller: TimelineController) {
  const target = parts();
  const frame = controller.frame();
  renderFrame(target, frame, controller.state, CONTEXT);
  return { ...target, frame, buttons: [...target.items.querySelectorAll<HTMLButtonElement>('.tl-item')] };
}

/** A button's hit area from its drawn style: left, top and width, px. */
function hitArea(button: HTMLButtonElement) {
  const [, left = 'NaN', top = 'NaN'] = /translate\((-?\d+)px, (-?\d+)px\)/u.exec(button.style.transform) ?? [];
  return { left: Number(left), top: Number(top), width: Number.parseFloat(button.style.width) };
}

describe('the drawn timeline, 1,500 entries', () => {
  it('draws the whole scope as labelled rows over density bins in every lane', async () => {
    const controller = denseController();
    const { root, frame, buttons } = draw(controller);
    expect(frame.layout.lanes.map((lane) => lane.binned)).toEqual([true, true, true]);
    expect(buttons).toHaveLength(frame.layout.items.length);
    expect(buttons.every((button) => !button.classList.contains('tl-unlabelled'))).toBe(true);
    expect(densityBars()).toHaveLength(frame.layout.bars.length);
    expect([...root.querySelectorAll('.tl-lane')].map((lane) => lane.textContent)).toEqual([
      'Events · 893 in view, zoom in to see each',
      'Anniversaries · 216 in view, zoom in to see each',
      'UN peacekeeping rotations · 391 in view, zoom in to see each',
    ]);
    await expect(serialize(root)).toMatchFileSnapshot('./__snapshots__/whole-scope.html');
    await expect(`${densityBars().join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/whole-scope-density.txt');
  });

  it('draws a busy quarter with a compact row of unlabelled marks and counted clusters beside binned lanes', async () => {
    const controller = denseController();
    controller.setWindow(BUSY_QUARTER);
    const { root, frame, buttons } = draw(controller);
    const [events, anniversaries, rotations] = frame.layout.lanes;
    expect([events?.binned, anniversaries?.binned, rotations?.binned]).toEqual([true, false, true]);
    const compact = [
      ...buttons.filter((button) => button.classList.contains('tl-unlabelled')),
      ...root.querySelectorAll<HTMLButtonElement>('.tl-cluster'),
    ];
    expect(root.querySelectorAll('.tl-cluster').length).toBeGreaterThan(0);
    expect(
      compact.every((button) => !button.classList.contains('tl-item') || button.matches('.tl-kind-anniversary')),
    ).toBe(true);
    const compactTop = (anniversaries?.y ?? 0) + (anniversaries?.height ?? 0) - GEOMETRY.rowHeight;
    expect(compact.every((button) => hitArea(button).top === compactTop)).toBe(true);
    // No two targets of the compact row overlap: each click has one answer.
    const spans = compact.map(hitArea).sort((a, b) => a.left - b.left);
    spans.slice(1).forEach((span, i) => {
      expect(span.left).toBeGreaterThanOrEqual((spans[i]?.left ?? 0) + (spans[i]?.width ?? 0));
    });
    const cluster = root.querySelector('.tl-cluster');
    expect(cluster?.getAttribute('aria-label')).toMatch(/^\d+ entries close together: zoom in to see them$/u);
    expect(densityBars().length).toBeGreaterThan(0);
    await expect(serialize(root)).toMatchFileSnapshot('./__snapshots__/busy-quarter.html');
  });

  it('draws the focused entry with its button, the one tab stop, even where its lane is binned', async () => {
    const controller = denseController();
    controller.setWindow(BUSY_QUARTER);
    const hidden = controller.visible.find(
      (item) =>
        item.kind === 'event' &&
        item.from >= BUSY_QUARTER[0] &&
        item.to <= BUSY_QUARTER[1] &&
        !controller.frame().layout.items.some((placed) => placed.item.id === item.id),
    );
    expect(hidden).toBeDefined();
    controller.focus(hidden?.id ?? '', false);
    const { root, frame, buttons } = draw(controller);
    const mark = buttons.find((button) => button.dataset['id'] === hidden?.id);
    expect(mark?.tabIndex).toBe(0);
    expect(mark?.classList.contains('tl-unlabelled')).toBe(true);
    expect(mark?.getAttribute('aria-label')).toContain(hidden?.title);
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    const events = frame.layout.lanes[0];
    expect(hitArea(mark as HTMLButtonElement).top).toBe((events?.y ?? 0) + (events?.height ?? 0) - GEOMETRY.rowHeight);
    await expect(serialize(root.querySelector('.tl-items') as Element)).toMatchFileSnapshot(
      './__snapshots__/pinned-focus.html',
    );
  });

  it('paints each drawn entry’s mark in its lane’s colour and shape, and each label at its place in its button’s box', () => {
    const controller = denseController();
    controller.setWindow(BUSY_QUARTER);
    const { frame } = draw(controller);
    const placed = frame.layout.items;
    const labels = painted.filter((call) => call.call === 'fillText' && call.font !== STYLE.countFont);
    expect(labels.map(({ args: [text, x] }) => [text, x])).toEqual(
      placed
        .filter((p) => p.labelled)
        .map((p) => [
          (p.item.inferred ? words.timeline.inferredMark : '') + p.item.title,
          p.box.left + p.box.labelOffset,
        ]),
    );
    expect(labels.every((call) => call.fill === STYLE.text && call.font === STYLE.font)).toBe(true);
    // A day's event is a circle about its mark's middle, in the events' colour.
    const circles = placed.filter((p) => p.item.point && p.item.kind === 'event');
    expect(circles.length).toBeGreaterThan(0);
    const arcs = painted.filter((call) => call.call === 'arc');
    expect(arcs.map(({ args: [x] }) => x)).toEqual(
      circles.map((p) => p.box.left + p.box.markOffset + GEOMETRY.markSize / 2),
    );
    expect(new Set(arcs.map((call) => call.fill))).toEqual(new Set([STYLE.lanes.get('event')]));
    // Ranges are bars as wide as the layout made them; a month or a year is hatched across, not filled.
    const bars = painted.filter((call) => call.call === 'roundRect');
    expect(bars.length).toBeGreaterThan(0);
    const ranges = placed.filter((p) => !p.item.point);
    // (A hatched bar's edge is drawn inside it: a pixel in.)
    const barAt = (p: (typeof ranges)[number]) =>
      bars.some(
        ({ args: [x, y] }) =>
          Math.abs(Number(x) - p.box.left - p.box.markOffset) <= 1 && Math.abs(Number(y) - p.box.top) <= 1,
      );
    expect(ranges.every(barAt)).toBe(true);
    const hatched = ranges.filter((p) => p.item.precision !== 'day');
    expect(painted.filter((call) => call.call === 'clip').length).toBeGreaterThanOrEqual(hatched.length);
  });

  it('stripes and edges a range far longer than the view only across the view, however long it is', () => {
    const controller = denseController();
    // A month inside the longest range known only to its month or year: the range runs far off both sides.
    const longest = [...controller.items]
      .filter((item) => !item.point && item.precision !== 'day')
      .sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!longest) throw new Error('no hatched range');
    const middle = (longest.from + longest.to) / 2;
    controller.setWindow([middle - 15 * 86_400_000, middle + 15 * 86_400_000]);
    const { frame } = draw(controller);
    const bar = frame.layout.items.find((p) => p.item.id === longest.id);
    if (!bar) throw new Error('the long range is not drawn');
    const width = controller.state.width;
    expect(bar.box.left + bar.box.markOffset).toBeLessThan(-width);
    expect(bar.box.left + bar.box.markOffset + bar.box.markWidth).toBeGreaterThan(2 * width);
    // Its edge spans the view and a little more, not the years it covers.
    const edges = painted.filter((call) => call.call === 'roundRect' && call.args[1] === bar.box.top + 1);
    expect(edges.length).toBeGreaterThan(0);
    for (const { args } of edges) {
      expect(Number(args[0])).toBeGreaterThan(-4 * GEOMETRY.markSize);
      expect(Number(args[0]) + Number(args[2])).toBeLessThan(width + 4 * GEOMETRY.markSize);
    }
    // As many stripes as the view holds (7 px apart across), not as many as the range would.
    const stripes = painted.filter(
      (call) => call.call === 'moveTo' && call.args[1] === bar.box.top + GEOMETRY.markSize,
    );
    expect(stripes.length).toBeLessThan(edges.length * ((width + 8 * GEOMETRY.markSize) / (7 * Math.SQRT2) + 2));
  });
  it('rings the opened entry’s mark over its neighbours and paints its label bold', () => {
    const controller = denseController();
    controller.setWindow(BUSY_QUARTER);
    const opened = controller.frame().layout.items.find((p) => p.labelled && p.item.point);
    if (!opened) throw new Error('no labelled point in the quarter');
    controller.toggle(opened.item.id);
    draw(controller);
    const ring = painted.findIndex((call) => call.call === 'stroke' && call.width === 8 && call.stroke === STYLE.text);
    expect(ring).toBeGreaterThan(-1);
    // After the ring, only the opened mark and then the labels are painted.
    const after = painted.slice(ring).filter((call) => ['arc', 'roundRect', 'moveTo'].includes(call.call));
    const centre = opened.box.left + opened.box.markOffset + GEOMETRY.markSize / 2;
    expect(after.filter((call) => call.call === 'arc').every(({ args: [x] }) => x === centre)).toBe(true);
    const label = painted.find(
      (call) => call.call === 'fillText' && call.args[1] === opened.box.left + opened.box.labelOffset,
    );
    expect(label?.font).toBe(STYLE.boldFont);
    expect(painted.filter((call) => call.call === 'fillText' && call.font === STYLE.boldFont)).toHaveLength(1);
  });

  it('paints a title that arrives after its mark was drawn, and writes it into the button’s accessible name', () => {
    const controller = denseController();
    controller.setWindow(BUSY_QUARTER);
    const target = parts();
    const render = () => {
      renderFrame(target, controller.frame(), controller.state, CONTEXT);
    };
    const item = controller.frame().layout.items.find((placed) => !placed.item.inferred)?.item;
    if (!item) throw new Error('no mark in the quarter');
    const before = item.title;
    item.title = '';
    render();
    const mark = () => target.items.querySelector<HTMLButtonElement>(`[data-id="${item.id}"]`);
    const paintedLabels = () => painted.filter((call) => call.call === 'fillText').map((call) => call.args[0]);
    expect(mark()?.getAttribute('aria-label')).not.toContain(before);
    expect(paintedLabels()).not.toContain(before);
    item.title = before;
    controller.redraw();
    render();
    expect(paintedLabels()).toContain(before);
    expect(mark()?.getAttribute('aria-label')).toContain(`: ${before}. `);
  });

  it('never lets two labelled hit areas overlap, at any level of detail', () => {
    const controller = denseController();
    for (const window of [SCOPE, BUSY_QUARTER, [Date.UTC(2019, 0, 1), Date.UTC(2019, 5, 1)] as const]) {
      controller.setWindow(window);
      const labelled = draw(controller)
        .buttons.filter((button) => !button.classList.contains('tl-unlabelled'))
        .map(hitArea);
      expect(labelled.length).toBeGreaterThan(10);
      for (const a of labelled) {
        for (const b of labelled) {
          if (a === b || a.top !== b.top) continue;
          expect(a.left + a.width <= b.left || b.left + b.width <= a.left).toBe(true);
        }
      }
    }
  });

  it('keeps the buttons still in view and gives those of entries gone to entries come when the view changes', () => {
    const controller = denseController();
    const target = parts();
    renderFrame(target, controller.frame(), controller.state, CONTEXT);
    const before = new Map([...target.items.children].map((button) => [(button as HTMLElement).dataset['id'], button]));
    const buttonsBefore = new Set(before.values());
    controller.setWindow(BUSY_QUARTER);
    const frame = controller.frame();
    renderFrame(target, frame, controller.state, CONTEXT);
    const after = [...target.items.children] as HTMLElement[];
    expect(after.map((button) => button.dataset['id'])).toEqual(frame.layout.items.map((placed) => placed.item.id));
    const kept = after.filter((button) => before.get(button.dataset['id']) === button);
    expect(kept.length).toBe(after.filter((button) => before.has(button.dataset['id'])).length);
    // Only what the old buttons could not cover is created; each button is named for its own entry.
    const created = after.filter((button) => !buttonsBefore.has(button)).length;
    expect(created).toBe(Math.max(0, after.length - before.size));
    for (const button of after) {
      const item = frame.layout.items.find((placed) => placed.item.id === button.dataset['id'])?.item;
      expect(button.getAttribute('aria-label')).toContain(`: ${item?.title ?? '?'}. `);
      expect(button.classList.contains(`tl-kind-${item?.kind ?? '?'}`)).toBe(true);
    }
  });

  it('keeps the canvas’s height in steps: a frame a little taller or shorter does not reallocate it', () => {
    const canvas = document.createElement('canvas');
    const heights = [528, 600, 520, 300, 700].map((height) => {
      fitCanvas(canvas, { width: 900, height, ratio: 2 });
      return [canvas.height / 2, canvas.style.height, canvas.width];
    });
    expect(heights).toEqual([
      [640, '640px', 1800],
      [640, '640px', 1800],
      [640, '640px', 1800],
      [384, '384px', 1800],
      [768, '768px', 1800],
    ]);
  });

  it('moves the axis’s ticks and renames them, reusing its elements', () => {
    const controller = denseController();
    const target = parts();
    renderFrame(target, controller.frame(), controller.state, CONTEXT);
    const first = target.axis.querySelector('.tick');
    controller.setWindow(BUSY_QUARTER);
    const frame = controller.frame();
    renderFrame(target, frame, controller.state, CONTEXT);
    const ticks = [...target.axis.querySelectorAll('.tick')];
    expect(ticks.map((tick) => tick.textContent)).toEqual(frame.ticks.map((tick) => tick.label));
    expect(ticks.map((tick) => tick.getAttribute('transform'))).toEqual(
      frame.ticks.map((tick) => `translate(${String(tick.x)},0)`),
    );
    expect(ticks[0]).toBe(first);
    expect(target.axis.querySelectorAll('path.domain')).toHaveLength(1);
  });
});
