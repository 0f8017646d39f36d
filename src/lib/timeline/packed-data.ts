import { edtfBounds } from '../../schemas/edtf';
import { memoize } from '../memoize';
import type { TimelineDatum } from './timeline-item';
import { DAY_MS } from './timeline-item';

/**
 * The timeline's dataset as the site sends it: columns rather than one object
 * per entry, repeated words (kinds, types, scopes, partners, series) written
 * once and referred to by index, and dates as day counts. Each start is
 * written as the days since the previous entry's: the site's entries come in
 * date order, which makes these small numbers that compress well. The home
 * page's transfer grows with the content only by what each entry needs to be
 * drawn.
 */
export interface PackedTimeline {
  format: typeof PACKED_FORMAT;
  kinds: string[];
  types: string[];
  scopes: string[];
  partnerIds: string[];
  seriesIds: string[];
  id: string[];
  title: string[];
  kind: number[];
  type: number[];
  scope: number[];
  /** Indexes into partnerIds. */
  partners: number[][];
  /** Index into seriesIds plus one; 0 for none. */
  series: number[];
  /** The number in the series; 0 for none (the schema's numbers are positive). */
  number: number[];
  /** Days from the previous entry's start (the first from 1970-01-01) to this one's first day. */
  startDelta: number[];
  /** Days from the start's first day to the end's first day, plus one; 0 for no end. */
  endOffset: number[];
  /** One letter per entry for the start's precision, then one for the end's ("-" for none): d, m or y. */
  startPrecision: string;
  endPrecision: string;
  /** Indexes of the entries whose start or end is inferred. */
  inferred: number[];
}

export const PACKED_FORMAT = 1;

const PRECISION_LENGTH: Record<string, number> = { d: 10, m: 7, y: 4 };

/** A date's first day (days since 1970-01-01) and its precision's letter: d, m or y. */
function packDate(edtf: string): { day: number; letter: string } {
  const { first, precision } = edtfBounds(edtf);
  return { day: first / DAY_MS, letter: precision.charAt(0) };
}

/** ISO days by day number: 100,000 entries fall on a few thousand days, each written out once. */
const isoDay = memoize((day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10));

function edtfOf(day: number, letter: string): string {
  return isoDay(day).slice(0, PRECISION_LENGTH[letter] ?? 10);
}

/** Each distinct value once, in order of first use, and a function giving a value's index. */
function vocabulary(values: Iterable<string>): [string[], (value: string) => number] {
  const index = new Map<string, number>();
  for (const value of values) if (!index.has(value)) index.set(value, index.size);
  return [[...index.keys()], (value) => index.get(value) ?? -1];
}

/** Packs entries in any order; in date order (as the site publishes them) they pack smallest. */
export function packTimeline(data: readonly TimelineDatum[]): PackedTimeline {
  const [kinds, kindIndex] = vocabulary(data.map((datum) => datum.kind));
  const [types, typeIndex] = vocabulary(data.map((datum) => datum.type));
  const [scopes, scopeIndex] = vocabulary(data.map((datum) => datum.scope));
  const [partnerIds, partnerIndex] = vocabulary(data.flatMap((datum) => datum.partners));
  const [seriesIds, seriesIndex] = vocabulary(data.flatMap((datum) => (datum.series === null ? [] : [datum.series])));
  const packed: PackedTimeline = {
    format: PACKED_FORMAT,
    kinds,
    types,
    scopes,
    partnerIds,
    seriesIds,
    id: [],
    title: [],
    kind: [],
    type: [],
    scope: [],
    partners: [],
    series: [],
    number: [],
    startDelta: [],
    endOffset: [],
    startPrecision: '',
    endPrecision: '',
    inferred: [],
  };
  let previous = 0;
  data.forEach((datum, index) => {
    const start = packDate(datum.start);
    const end = datum.end === null ? null : packDate(datum.end);
    packed.id.push(datum.id);
    packed.title.push(datum.title);
    packed.kind.push(kindIndex(datum.kind));
    packed.type.push(typeIndex(datum.type));
    packed.scope.push(scopeIndex(datum.scope));
    packed.partners.push(datum.partners.map(partnerIndex));
    packed.series.push(datum.series === null ? 0 : seriesIndex(datum.series) + 1);
    packed.number.push(datum.number ?? 0);
    packed.startDelta.push(start.day - previous);
    packed.endOffset.push(end === null ? 0 : end.day - start.day + 1);
    packed.startPrecision += start.letter;
    packed.endPrecision += end?.letter ?? '-';
    if (datum.inferred) packed.inferred.push(index);
    previous = start.day;
  });
  return packed;
}

/** The data packTimeline was given, entry for entry. */
export function unpackTimeline(packed: PackedTimeline): TimelineDatum[] {
  // Data and script are cached apart: a stale copy of either must fail clearly, not draw nonsense.
  const format: number = packed.format;
  if (format !== PACKED_FORMAT) {
    throw new Error(`The timeline's data is in format ${String(format)}; this script reads ${PACKED_FORMAT}`);
  }
  const inferred = new Set(packed.inferred);
  const data: TimelineDatum[] = [];
  let start = 0;
  for (let index = 0; index < packed.id.length; index += 1) {
    start += packed.startDelta[index] ?? 0;
    const endOffset = packed.endOffset[index] ?? 0;
    const series = packed.series[index] ?? 0;
    data.push({
      id: packed.id[index] ?? '',
      title: packed.title[index] ?? '',
      kind: packed.kinds[packed.kind[index] ?? 0] as TimelineDatum['kind'],
      type: packed.types[packed.type[index] ?? 0] as TimelineDatum['type'],
      scope: packed.scopes[packed.scope[index] ?? 0] as TimelineDatum['scope'],
      partners: (packed.partners[index] ?? []).map((partner) => packed.partnerIds[partner] ?? ''),
      series: series === 0 ? null : (packed.seriesIds[series - 1] ?? null),
      number: packed.number[index] || null,
      start: edtfOf(start, packed.startPrecision[index] ?? 'd'),
      end: endOffset === 0 ? null : edtfOf(start + endOffset - 1, packed.endPrecision[index] ?? 'd'),
      inferred: inferred.has(index),
    });
  }
  return data;
}
