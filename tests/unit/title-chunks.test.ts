import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../scripts/bench/synthetic-events';
import { TITLES_GLOBAL, titleChunkScriptCode } from '../../src/lib/timeline/data-globals';
import {
  itemsByTitleChunk,
  titleChunkDays,
  titleChunkOf,
  titleChunks,
  titlesComeApart,
  TITLE_CHUNKS_FROM,
} from '../../src/lib/timeline/title-chunks';
import { sortItems, toTimelineItem } from '../../src/lib/timeline/timeline-item';
import { datum } from '../helpers/timeline-data';

describe('titles that come in chunks', () => {
  it('come apart only past a few thousand entries', () => {
    expect(titlesComeApart(TITLE_CHUNKS_FROM)).toBe(false);
    expect(titlesComeApart(TITLE_CHUNKS_FROM + 1)).toBe(true);
    expect(titlesComeApart(332)).toBe(false);
  });

  it('file an entry under the period of the first day it could begin', () => {
    // 2019-03-31 is day 17,986 since 1970: period 1,798 of 10 days, 17,986 of one.
    expect(titleChunkOf(toTimelineItem(datum('a', '2019-03-31')), 10)).toBe('1798');
    expect(titleChunkOf(toTimelineItem(datum('a', '2019-03-31')), 1)).toBe('17986');
    expect(titleChunkOf(toTimelineItem(datum('b', '2019-03')), 1)).toBe('17956');
    expect(titleChunkOf(toTimelineItem(datum('c', '2019')), 1)).toBe('17897');
  });

  it('cover as many days as hold about 32 entries, and at least one', () => {
    const ten = [0, 9].map((day) => ({ from: day * 86_400_000 }));
    expect(titleChunkDays(ten)).toBe(160);
    expect(titleChunkDays(syntheticEvents(10_000).map(toTimelineItem))).toBe(13);
    expect(titleChunkDays(syntheticEvents(100_000).map(toTimelineItem))).toBe(1);
    expect(titleChunkDays([])).toBe(1);
  });

  it('are written in the order the page sorts its items, whatever order the data came in', () => {
    const data = syntheticEvents(3000);
    const shuffled = [...data].reverse();
    const { days, chunks } = titleChunks(shuffled);
    const items = sortItems(data.map(toTimelineItem));
    const pageOrder = itemsByTitleChunk(items, days);
    expect([...chunks.keys()].sort()).toEqual([...pageOrder.keys()].sort());
    for (const [month, titles] of chunks) expect(titles).toEqual(pageOrder.get(month)?.map((item) => item.title));
    expect([...chunks.values()].flat()).toHaveLength(3000);
  });

  it('leave a script that adds its chunk to the global and cannot close a script element', () => {
    const code = titleChunkScriptCode('1798', ['Talks </script><b>', 'Hội nghị']);
    expect(code).not.toContain('</script>');
    const self: Record<string, unknown> = { [TITLES_GLOBAL]: { '1797': ['earlier'] } };
    runInNewContext(code, { self });
    expect(self[TITLES_GLOBAL]).toEqual({ '1797': ['earlier'], '1798': ['Talks </script><b>', 'Hội nghị'] });
  });
});
