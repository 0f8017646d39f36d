import { describe, expect, it } from 'vitest';
import { TimelineController, type Change } from '../../src/lib/timeline/controller';
import { scopeExtent } from '../../src/lib/timeline/time-scale';
import { sortItems, toTimelineItem, type TimelineDatum } from '../../src/lib/timeline/timeline-item';
import { EMPTY_VIEW } from '../../src/lib/timeline/view-state';
import { datum as makeDatum } from '../helpers/timeline-data';

const datum = (id: string, start: string, kind: TimelineDatum['kind'] = 'event') => makeDatum(id, start, { kind });

const SCOPE = scopeExtent(2015, 2025);
const ITEMS = sortItems(
  [
    datum('a', '2016-03-01'),
    datum('b', '2018-06-15', 'rotation'),
    datum('c', '2020-01-10'),
    datum('d', '2024-11-20', 'anniversary'),
  ].map(toTimelineItem),
);
const YEAR_2020: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];

function controller(): { timeline: TimelineController; changes: Change[] } {
  const timeline = new TimelineController(ITEMS, SCOPE);
  const changes: Change[] = [];
  timeline.subscribe((change) => changes.push(change));
  return { timeline, changes };
}

describe('the timeline controller', () => {
  it('starts on the whole scope, nothing filtered, focused or open, in a row per kind', () => {
    const { timeline } = controller();
    expect(timeline.state).toMatchObject({ window: SCOPE, selected: null, focused: null, group: 'kind', width: 0 });
    expect(timeline.visible.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(timeline.toViewState()).toEqual(EMPTY_VIEW);
  });

  it('moves focus to the visible entry nearest in time when the filters hide the focused one, and says which', () => {
    const { timeline, changes } = controller();
    timeline.focus('b');
    timeline.setFilters({ ...EMPTY_VIEW, kinds: ['event', 'anniversary'] });
    // b (June 2018) is nearer to c (January 2020) than to a (March 2016).
    expect(timeline.state.focused).toBe('c');
    expect(changes.at(-1)).toMatchObject({ focus: true, focusMoved: { from: 'b', to: 'c' } });
    timeline.setFilters({ ...EMPTY_VIEW, kinds: ['event'] });
    expect(changes.at(-1)?.focusMoved).toBeNull();
    timeline.apply({ ...EMPTY_VIEW, window: null, selected: null, kinds: ['anniversary'] });
    expect(timeline.state.focused).toBe('d');
    expect(changes.at(-1)).toMatchObject({ origin: 'history', focusMoved: { from: 'c', to: 'd' } });
  });

  it('zooms in and out by a factor of two around the centre, and resets to the whole scope', () => {
    const { timeline } = controller();
    timeline.setWindow(YEAR_2020);
    timeline.zoomIn();
    const centre = (YEAR_2020[0] + YEAR_2020[1]) / 2;
    expect(timeline.state.window).toEqual([centre - (centre - YEAR_2020[0]) / 2, centre + (YEAR_2020[1] - centre) / 2]);
    timeline.zoomOut();
    expect(timeline.state.window).toEqual(YEAR_2020);
    timeline.reset();
    expect(timeline.state.window).toEqual(SCOPE);
  });

  it('zooms around the focused entry rather than the centre', () => {
    const { timeline } = controller();
    timeline.setWindow(YEAR_2020);
    timeline.focus('c');
    timeline.zoomIn();
    const around = Date.UTC(2020, 0, 10, 12);
    const [start, end] = timeline.state.window;
    expect((around - start) / (end - around)).toBeCloseTo((around - YEAR_2020[0]) / (YEAR_2020[1] - around));
  });

  it('pans by half a window and stops at the edges of the scope', () => {
    const { timeline } = controller();
    timeline.setWindow(YEAR_2020);
    timeline.panBy(0.5);
    const half = (YEAR_2020[1] - YEAR_2020[0]) / 2;
    expect(timeline.state.window).toEqual([YEAR_2020[0] + half, YEAR_2020[1] + half]);
    timeline.setWindow([Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)]);
    timeline.panBy(-0.5);
    expect(timeline.state.window).toEqual([Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)]);
  });

  it('never shows less than two weeks', () => {
    const { timeline } = controller();
    timeline.setWindow([Date.UTC(2020, 5, 1), Date.UTC(2020, 5, 2)]);
    expect(timeline.state.window[1] - timeline.state.window[0]).toBe(14 * 86_400_000);
  });

  it('moves focus through the entries in date order, from the first, and stays at the ends', () => {
    const { timeline } = controller();
    timeline.focusNext();
    expect(timeline.state.focused).toBe('a');
    timeline.focusNext();
    timeline.focusNext();
    expect(timeline.state.focused).toBe('c');
    timeline.focusPrevious();
    expect(timeline.state.focused).toBe('b');
    timeline.focusLast();
    timeline.focusNext();
    expect(timeline.state.focused).toBe('d');
    timeline.focusFirst();
    timeline.focusPrevious();
    expect(timeline.state.focused).toBe('a');
  });

  it('pans the window, keeping its span, to show an entry that takes focus outside it', () => {
    const { timeline, changes } = controller();
    timeline.setWindow(YEAR_2020);
    changes.length = 0;
    timeline.focus('d');
    const [start, end] = timeline.state.window;
    expect(end - start).toBe(YEAR_2020[1] - YEAR_2020[0]);
    expect(start).toBeLessThan(Date.UTC(2024, 10, 20));
    expect(end).toBeGreaterThan(Date.UTC(2024, 10, 21));
    expect(changes).toEqual([expect.objectContaining({ focus: true, window: true, origin: 'reader' })]);
  });

  it('opens an entry, gives it focus, and closes it when it is toggled again', () => {
    const { timeline, changes } = controller();
    timeline.toggle('b');
    expect(timeline.state).toMatchObject({ selected: 'b', focused: 'b' });
    timeline.toggle('b');
    expect(timeline.state).toMatchObject({ selected: null, focused: 'b' });
    expect(changes.map((change) => change.selection)).toEqual([true, true]);
  });

  it('ignores the selection of an entry that does not exist', () => {
    const { timeline, changes } = controller();
    timeline.select('no-such-entry');
    expect(timeline.state.selected).toBeNull();
    expect(changes).toEqual([]);
  });

  it('filters the entries, swaps reversed years, and closes an open entry the filters hide', () => {
    const { timeline, changes } = controller();
    timeline.select('b');
    timeline.setFilters({ ...EMPTY_VIEW, kinds: ['event'], fromYear: 2021, toYear: 2016 });
    expect(timeline.visible.map((item) => item.id)).toEqual(['a', 'c']);
    expect(timeline.state.filters).toMatchObject({ fromYear: 2016, toYear: 2021 });
    expect(timeline.state.selected).toBeNull();
    expect(changes.at(-1)).toMatchObject({ filters: true, selection: true, origin: 'reader' });
  });

  it('applies a view from the URL as one change from history, and writes it back the same', () => {
    const { timeline, changes } = controller();
    const view = {
      ...EMPTY_VIEW,
      kinds: ['rotation' as const],
      window: ['2018-01-01', '2018-12-31'] as [string, string],
      group: 'scope' as const,
      selected: 'b',
    };
    timeline.apply(view);
    expect(timeline.state.window).toEqual([Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)]);
    expect(timeline.visible.map((item) => item.id)).toEqual(['b']);
    expect(timeline.state).toMatchObject({ selected: 'b', focused: 'b' });
    expect(changes).toEqual([
      {
        filters: true,
        window: true,
        selection: true,
        focus: true,
        group: true,
        layout: false,
        focusMoved: null,
        origin: 'history',
      },
    ]);
    expect(timeline.frame().layout.lanes.map((lane) => lane.key)).toEqual(['national']);
    expect(timeline.toViewState()).toEqual(view);
  });

  it('stops telling a listener about changes once its signal aborts', () => {
    const timeline = new TimelineController(ITEMS, SCOPE);
    const abort = new AbortController();
    let calls = 0;
    timeline.subscribe(() => (calls += 1), abort.signal);
    timeline.zoomIn();
    abort.abort();
    timeline.zoomIn();
    expect(calls).toBe(1);
  });

  it('lays out the focused entry even when the window leaves its lane binned', () => {
    const crowd = sortItems(
      Array.from({ length: 400 }, (_, i) =>
        toTimelineItem(datum(`e${String(i).padStart(3, '0')}`, `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`)),
      ),
    );
    const timeline = new TimelineController(crowd, SCOPE);
    timeline.setWidth(800);
    timeline.setWindow(YEAR_2020);
    timeline.focus('e399', false);
    const { layout } = timeline.frame();
    expect(layout.lanes.find((lane) => lane.key === 'event')?.binned).toBe(true);
    expect(layout.items.find((placed) => placed.item.id === 'e399')).toMatchObject({ pinned: true, labelled: false });
  });

  it('regroups the rows by partner, keeping focus, the open entry and the window, and announces the change once', () => {
    const items = sortItems(
      [
        makeDatum('us-1', '2019-01-01', { partners: ['us'] }),
        makeDatum('us-2', '2019-02-01', { partners: ['us', 'jp'] }),
        makeDatum('jp-1', '2019-03-01', { partners: ['jp'] }),
        makeDatum('home', '2019-04-01'),
      ].map(toTimelineItem),
    );
    const timeline = new TimelineController(items, SCOPE);
    const changes: Change[] = [];
    timeline.subscribe((change) => changes.push(change));
    timeline.setWidth(800);
    timeline.setWindow(YEAR_2020);
    timeline.select('jp-1');
    changes.length = 0;
    timeline.setGroup('partner');
    timeline.setGroup('partner');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ group: true, filters: false, window: false });
    expect(timeline.state).toMatchObject({ group: 'partner', selected: 'jp-1', focused: 'jp-1', window: YEAR_2020 });
    expect(timeline.toViewState().group).toBe('partner');
    timeline.setWindow([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]);
    const { layout } = timeline.frame();
    // us has two entries and leads; us-2 goes under its first-listed partner; home has no partner.
    expect(layout.lanes.map((lane) => lane.key)).toEqual(['jp', 'us', 'none']);
    expect(Object.fromEntries(layout.items.map((placed) => [placed.item.id, placed.lane]))).toEqual({
      'us-1': 'us',
      'us-2': 'us',
      'jp-1': 'jp',
      home: 'none',
    });
    timeline.setFilters({ ...EMPTY_VIEW, partners: ['jp'] });
    expect(timeline.frame().layout.lanes.map((lane) => lane.key)).toEqual(['jp', 'us']);
  });
});
