import { groupByYear } from '../content/group-by-year';
import type { TimelineItem } from './timeline-item';

/**
 * How many entries the home page's chronology adds at a time. The list follows
 * the filters; a hundred thousand entries are not put in the page at once.
 */
export const CHRONOLOGY_STEP = 500;

/** The part of the filtered entries the chronology lists, by year. */
export interface ChronologyPage {
  years: { year: number; items: TimelineItem[] }[];
  /** Entries listed. */
  shown: number;
  /** Entries that pass the filters. */
  total: number;
}

/** The first `limit` of the entries that pass the filters (in date order), grouped by the year they start. */
export function chronologyPage(visible: readonly TimelineItem[], limit: number): ChronologyPage {
  const listed = visible.slice(0, Math.max(0, limit));
  return { years: groupByYear(listed, (item) => item.start), shown: listed.length, total: visible.length };
}
