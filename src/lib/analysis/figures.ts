/**
 * The figures of the analysis page, computed from the published dataset
 * (events.json) alone: counts per partner, type and year, visits by
 * direction, the major partners' shares, the pandemic years, agreements per
 * year and the numbered series' runs. Counts measure activity recorded in the
 * sources, not influence.
 */
import type { EventRecord, EventsJson } from '../../schemas/events-json';
import { PARTNERS, type PartnerId } from '../../schemas/vocabulary/partners';
import { SERIES, type SeriesId } from '../../schemas/vocabulary/series';
import { FORMATS, TYPE_DEFINITIONS, type EventType, type Format } from '../../schemas/vocabulary/types';

const yearOf = (event: { start: string }) => Number(event.start.slice(0, 4));
const countryPartners = (event: EventRecord) => event.partners.filter((id) => PARTNERS[id].kind === 'country');

/** A row of counts, one per year of `years`. */
export interface YearRow<K extends string> {
  key: K;
  counts: number[];
  total: number;
}

/**
 * Rows of counts per year (the year an entry starts) for each key an entry
 * has, largest total first (ties by key); keys with none left out.
 */
export function countsPerYear<K extends string, E extends { start: string }>(
  events: readonly E[],
  years: readonly number[],
  keysOf: (event: E) => readonly K[],
): YearRow<K>[] {
  const rows = new Map<K, number[]>();
  for (const event of events) {
    const column = years.indexOf(yearOf(event));
    if (column < 0) continue;
    for (const key of new Set(keysOf(event))) {
      const counts = rows.get(key) ?? years.map(() => 0);
      counts[column] = (counts[column] ?? 0) + 1;
      rows.set(key, counts);
    }
  }
  return [...rows]
    .map(([key, counts]) => ({ key, counts, total: counts.reduce((sum, count) => sum + count, 0) }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
}

/** Entries per partner and year, for the partners with the most entries. */
export function partnerYearRows(json: EventsJson, years: readonly number[], limit: number): YearRow<PartnerId>[] {
  return countsPerYear(json.events, years, (event) => event.partners).slice(0, limit);
}

/** Entries per type and year. */
export function typeYearRows(json: EventsJson, years: readonly number[]): YearRow<EventType>[] {
  return countsPerYear(json.events, years, (event) => [event.type]);
}

/** Agreements signed per year. */
export function agreementsPerYear(json: EventsJson, years: readonly number[]): number[] {
  const agreements = json.events.filter((event) => TYPE_DEFINITIONS[event.type].agreement);
  return years.map((year) => agreements.filter((event) => yearOf(event) === year).length);
}

export interface DirectionRow {
  partner: PartnerId;
  inbound: number;
  outbound: number;
}

/** Visits and port calls with a recorded direction, per partner country: to Vietnam (inbound) and from it. */
export function visitDirections(json: EventsJson): DirectionRow[] {
  const rows = new Map<PartnerId, DirectionRow>();
  for (const event of json.events) {
    if (!TYPE_DEFINITIONS[event.type].needsDirection || event.direction === null) continue;
    for (const partner of countryPartners(event)) {
      const row = rows.get(partner) ?? { partner, inbound: 0, outbound: 0 };
      row[event.direction] += 1;
      rows.set(partner, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.inbound + b.outbound - (a.inbound + a.outbound) || (a.partner < b.partner ? -1 : 1),
  );
}

export interface ShareYear {
  year: number;
  /** Entries naming at least one partner country. */
  withCountry: number;
  /** For each major partner, the share of those entries that name it (0–1). */
  shares: Record<string, number>;
  /** Entries naming China per entry naming the United States; null in a year with none of the latter. */
  chinaToUs: number | null;
  /** Herfindahl–Hirschman index of the partner countries' mentions that year (0–1; 1 is one partner only). */
  concentration: number;
}

/** The major partners' shares of the entries with a partner country, per year, with the ratio and concentration. */
export function majorPartnerShares(
  json: EventsJson,
  years: readonly number[],
  majors: readonly PartnerId[],
): ShareYear[] {
  return years.map((year) => {
    const events = json.events.filter((event) => yearOf(event) === year && countryPartners(event).length > 0);
    const named = (partner: PartnerId) => events.filter((event) => event.partners.includes(partner)).length;
    const mentions = new Map<PartnerId, number>();
    for (const event of events)
      for (const partner of countryPartners(event)) mentions.set(partner, (mentions.get(partner) ?? 0) + 1);
    const all = [...mentions.values()].reduce((sum, count) => sum + count, 0);
    const concentration = all === 0 ? 0 : [...mentions.values()].reduce((sum, count) => sum + (count / all) ** 2, 0);
    const us = named('us');
    return {
      year,
      withCountry: events.length,
      shares: Object.fromEntries(
        majors.map((partner) => [partner, events.length ? named(partner) / events.length : 0]),
      ),
      chinaToUs: us === 0 ? null : named('cn') / us,
      concentration,
    };
  });
}

export interface FormatYear {
  year: number;
  total: number;
  /** Entries by how they were held; "unrecorded" where the sources do not say. */
  formats: Record<Format | 'unrecorded', number>;
}

/** Entries per year by format: the pandemic years beside those around them. */
export function formatsPerYear(json: EventsJson, years: readonly number[]): FormatYear[] {
  return years.map((year) => {
    const events = json.events.filter((event) => yearOf(event) === year);
    const formats = Object.fromEntries(
      [...FORMATS, 'unrecorded'].map((format) => [format, 0]),
    ) as FormatYear['formats'];
    for (const event of events) formats[event.format ?? 'unrecorded'] += 1;
    return { year, total: events.length, formats };
  });
}

export interface SeriesRun {
  series: SeriesId;
  cadence: (typeof SERIES)[SeriesId]['cadence'];
  /** The numbered entries: number and year, in number order. */
  held: { number: number; year: number; id: string }[];
  /** Numbers between the first and last with no entry. */
  gaps: number[];
  /** Entries of the series that were planned or rescheduled rather than held as first reported. */
  notHeld: string[];
}

/** Each numbered series: the numbers found and their years, and the gaps between them. */
export function seriesRuns(json: EventsJson): SeriesRun[] {
  const ids = [...new Set(json.events.flatMap((event) => (event.series ? [event.series.id] : [])))];
  return ids
    .filter((id) => SERIES[id].numbered)
    .map((id) => {
      const members = json.events.filter((event) => event.series?.id === id);
      const held = members
        .flatMap((event) =>
          event.series?.number === undefined
            ? []
            : [{ number: event.series.number, year: yearOf(event), id: event.id }],
        )
        .sort((a, b) => a.number - b.number);
      const numbers = new Set(held.map((entry) => entry.number));
      const first = held[0]?.number ?? 0;
      const last = held.at(-1)?.number ?? 0;
      const gaps: number[] = [];
      for (let number = first + 1; number < last; number += 1) if (!numbers.has(number)) gaps.push(number);
      const notHeld = members.filter((event) => event.status !== 'held').map((event) => event.id);
      return { series: id, cadence: SERIES[id].cadence, held, gaps, notHeld };
    })
    .filter((run) => run.held.length > 1)
    .sort((a, b) => b.held.length - a.held.length || (a.series < b.series ? -1 : 1));
}
