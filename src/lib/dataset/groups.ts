import { SITE_YEARS } from '../../schemas/vocabulary/scope';
import { PARTNER_IDS, type PartnerId } from '../../schemas/vocabulary/partners';
import { SERIES, type SeriesId } from '../../schemas/vocabulary/series';
import type { EventEntry } from '../content/model';
import { yearOf } from '../../schemas/edtf';
import { sortEvents } from './order';

/** The years the timeline covers, in order. */
export function coveredYears(): number[] {
  return Array.from({ length: SITE_YEARS.last - SITE_YEARS.first + 1 }, (_, index) => SITE_YEARS.first + index);
}

/** How many entries start in each covered year (zero included). */
export function countsByYear(events: readonly EventEntry[]): Map<number, number> {
  const counts = new Map(coveredYears().map((year) => [year, 0]));
  for (const event of events) {
    const year = yearOf(event.data.start);
    if (counts.has(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** Each partner's entries in date order, leaving out partners with none; most entries first. */
export interface PartnerGroup {
  id: PartnerId;
  events: EventEntry[];
}

export function entriesByPartner(events: readonly EventEntry[]): PartnerGroup[] {
  const sorted = sortEvents(events);
  return PARTNER_IDS.map((id) => ({ id, events: sorted.filter((event) => event.data.partners.includes(id)) }))
    .filter((group) => group.events.length > 0)
    .sort((a, b) => b.events.length - a.events.length || PARTNER_IDS.indexOf(a.id) - PARTNER_IDS.indexOf(b.id));
}

export type SeriesRow =
  | { kind: 'entry'; event: EventEntry; number: number | null }
  | { kind: 'gap'; numbers: number[] }
  | { kind: 'missing-year'; year: number };

/**
 * A series in order, with its gaps shown rather than hidden: in a numbered
 * series the numbers between the first and last known that have no entry; in
 * an annual unnumbered one the covered years without one.
 */
export function seriesRows(id: SeriesId, events: readonly EventEntry[]): SeriesRow[] {
  const members = sortEvents(events).filter((event) => event.data.series?.id === id);
  const definition = SERIES[id];
  const rows: SeriesRow[] = [];
  const numbered = members.filter((event) => event.data.series?.number !== undefined);
  if (definition.numbered && numbered.length > 0) {
    const byNumber = [...members].sort(
      (a, b) => (a.data.series?.number ?? Infinity) - (b.data.series?.number ?? Infinity),
    );
    let expected: number | null = null;
    for (const event of byNumber) {
      const number = event.data.series?.number ?? null;
      if (number !== null && expected !== null && number > expected) {
        rows.push({ kind: 'gap', numbers: range(expected, number - 1) });
      }
      rows.push({ kind: 'entry', event, number });
      if (number !== null) expected = number + 1;
    }
    return rows;
  }
  const years = new Set(members.map((event) => yearOf(event.data.start)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  let previousYear: number | null = null;
  for (const event of members) {
    const year = yearOf(event.data.start);
    if (definition.cadence === 'annual' && previousYear !== null) {
      for (let missing = previousYear + 1; missing < year; missing += 1)
        rows.push({ kind: 'missing-year', year: missing });
    }
    rows.push({ kind: 'entry', event, number: event.data.series?.number ?? null });
    previousYear = year;
  }
  return first <= last ? rows : [];
}

function range(from: number, to: number): number[] {
  const numbers: number[] = [];
  for (let n = from; n <= to; n += 1) numbers.push(n);
  return numbers;
}
