import { DAY_MS, sortItems, toTimelineItem, type TimelineDatum, type TimelineItem } from './timeline-item';

/**
 * Past this many entries the titles leave the timeline's data and come in
 * chunks, as the view and the chronology need them: they are half of what the
 * home page would otherwise load, and most of them are never shown.
 */
export const TITLE_CHUNKS_FROM = 2000;

/** About this many titles to a chunk: a mark drawn alone loads little more than its own title. */
const TITLES_PER_CHUNK = 32;

export const titlesComeApart = (entries: number): boolean => entries > TITLE_CHUNKS_FROM;

/** The days a chunk covers: as many as hold TITLES_PER_CHUNK entries on average. */
export function titleChunkDays(items: readonly Pick<TimelineItem, 'from'>[]): number {
  if (items.length === 0) return 1;
  let first = Infinity;
  let last = -Infinity;
  for (const { from } of items) {
    first = Math.min(first, from);
    last = Math.max(last, from);
  }
  const spanDays = (last - first) / DAY_MS + 1;
  return Math.max(1, Math.round((TITLES_PER_CHUNK * spanDays) / items.length));
}

/** The chunk holding an item's title: the number of `days`-long periods from 1970 to the first day it could begin. */
export function titleChunkOf(item: Pick<TimelineItem, 'from'>, days: number): string {
  return String(Math.floor(item.from / DAY_MS / days));
}

/**
 * Items by their title's chunk, each chunk in the order of `items`. Given the
 * items in date order (sortItems), it is the order the chunk's titles are
 * written in, on the server and in the page alike.
 */
export function itemsByTitleChunk<T extends Pick<TimelineItem, 'from'>>(
  items: readonly T[],
  days: number,
): Map<string, T[]> {
  return Map.groupBy(items, (item) => titleChunkOf(item, days));
}

/** The titles by chunk, each in the date order (sortItems) the page's items take, and the days a chunk covers. */
export function titleChunks(data: readonly TimelineDatum[]): { days: number; chunks: Map<string, string[]> } {
  const items = sortItems(data.map(toTimelineItem));
  const days = titleChunkDays(items);
  const byChunk = itemsByTitleChunk(items, days);
  return { days, chunks: new Map([...byChunk].map(([chunk, group]) => [chunk, group.map((item) => item.title)])) };
}
