import { edtfBounds } from '../../schemas/edtf';
import { memoize } from '../memoize';
import type { TimelineDatum } from './timeline-item';
import { DAY_MS } from './timeline-item';

/**
 * The timeline's dataset as the site sends it: columns rather than one object
 * per entry, repeated words (kinds, types, scopes, partners, series) written
 * once and referred to by index, small indexes as one character per entry,
 * and dates as day counts. Each start is written as the days since the
 * previous entry's: the site's entries come in date order, which makes these
 * small numbers that compress well. The home page's transfer grows with the
 * content only by what each entry needs to be drawn; past a few thousand
 * entries even the titles come apart, in chunks (title-chunks.ts).
 */
export interface PackedTimeline {
  format: typeof PACKED_FORMAT;
  kinds: string[];
  types: string[];
  scopes: string[];
  partnerIds: string[];
  seriesIds: string[];
  id: string[];
  /** Each entry's title; empty when the titles come apart. */
  title: string[];
  /** null when `title` holds the titles; else they come apart, in chunks. Until its chunk arrives, a title is "". */
  titleChunks: TitleChunksInfo | null;
  /** Index into kinds, types and scopes: one character an entry (see `codes`). */
  kind: string;
  type: string;
  scope: string;
  /** Indexes into partnerIds. */
  partners: number[][];
  /** Index into seriesIds plus one; 0 for none. */
  series: string;
  /** The number in the series; 0 for none (the schema's numbers are positive). */
  number: number[];
  /** Days from the previous entry's start (the first from 1970-01-01) to this one's first day. */
  startDelta: number[];
  /** Days from the start's first day to the end's first day, plus one; 0 for no end. */
  endOffset: number[];
  /** One letter per entry for the start's precision, then one for the end's ("-" for none): d, m or y. */
  startPrecision: string;
  endPrecision: string;
  /** 1 for an entry whose start or end is inferred, else 0. */
  inferred: string;
}

/** What the page needs to know of titles that come apart (title-chunks.ts). */
export interface TitleChunksInfo {
  /** Asked for with each chunk, so that a copy cached from another build is never mixed in. */
  version: string;
  /** The days each chunk covers. */
  days: number;
  /** The titles' mean length in characters, rounded: labels still to come are given room for that many. */
  meanLength: number;
}

export const PACKED_FORMAT = 2;

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

/**
 * Small indexes as one character each, from "0" on: a string of them is a
 * third the size of a JSON array of numbers and compresses better.
 */
const CODE_BASE = 48;
const codeOf = (index: number) => String.fromCharCode(CODE_BASE + index);
const indexAt = (codes: string, entry: number) => codes.charCodeAt(entry) - CODE_BASE;

/** Each distinct value once, in order of first use, and a function giving a value's index. */
function vocabulary(values: Iterable<string>): [string[], (value: string) => number] {
  const index = new Map<string, number>();
  for (const value of values) if (!index.has(value)) index.set(value, index.size);
  return [[...index.keys()], (value) => index.get(value) ?? -1];
}

const meanTitleLength = (data: readonly TimelineDatum[]) =>
  Math.round(data.reduce((sum, datum) => sum + datum.title.length, 0) / Math.max(1, data.length));

/**
 * Packs entries in any order; in date order (as the site publishes them) they pack smallest.
 * With `apart` (the chunks' version and length in days) the titles are left out, to come in chunks.
 */
export function packTimeline(
  data: readonly TimelineDatum[],
  apart: Omit<TitleChunksInfo, 'meanLength'> | null = null,
): PackedTimeline {
  const titleChunks = apart && { ...apart, meanLength: meanTitleLength(data) };
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
    titleChunks,
    kind: '',
    type: '',
    scope: '',
    partners: [],
    series: '',
    number: [],
    startDelta: [],
    endOffset: [],
    startPrecision: '',
    endPrecision: '',
    inferred: '',
  };
  let previous = 0;
  for (const datum of data) {
    const start = packDate(datum.start);
    const end = datum.end === null ? null : packDate(datum.end);
    packed.id.push(datum.id);
    if (!titleChunks) packed.title.push(datum.title);
    packed.kind += codeOf(kindIndex(datum.kind));
    packed.type += codeOf(typeIndex(datum.type));
    packed.scope += codeOf(scopeIndex(datum.scope));
    packed.partners.push(datum.partners.map(partnerIndex));
    packed.series += codeOf(datum.series === null ? 0 : seriesIndex(datum.series) + 1);
    packed.number.push(datum.number ?? 0);
    packed.startDelta.push(start.day - previous);
    packed.endOffset.push(end === null ? 0 : end.day - start.day + 1);
    packed.startPrecision += start.letter;
    packed.endPrecision += end?.letter ?? '-';
    packed.inferred += codeOf(datum.inferred ? 1 : 0);
    previous = start.day;
  }
  return packed;
}

/** The data packTimeline was given, entry for entry. */
export function unpackTimeline(packed: PackedTimeline): TimelineDatum[] {
  // Data and script are cached apart: a stale copy of either must fail clearly, not draw nonsense.
  const format: number = packed.format;
  if (format !== PACKED_FORMAT) {
    throw new Error(`The timeline's data is in format ${String(format)}; this script reads ${PACKED_FORMAT}`);
  }
  const data: TimelineDatum[] = [];
  let start = 0;
  for (let index = 0; index < packed.id.length; index += 1) {
    start += packed.startDelta[index] ?? 0;
    const endOffset = packed.endOffset[index] ?? 0;
    const series = indexAt(packed.series, index);
    data.push({
      id: packed.id[index] ?? '',
      title: packed.title[index] ?? '',
      kind: packed.kinds[indexAt(packed.kind, index)] as TimelineDatum['kind'],
      type: packed.types[indexAt(packed.type, index)] as TimelineDatum['type'],
      scope: packed.scopes[indexAt(packed.scope, index)] as TimelineDatum['scope'],
      partners: (packed.partners[index] ?? []).map((partner) => packed.partnerIds[partner] ?? ''),
      series: series === 0 ? null : (packed.seriesIds[series - 1] ?? null),
      number: packed.number[index] || null,
      start: edtfOf(start, packed.startPrecision[index] ?? 'd'),
      end: endOffset === 0 ? null : edtfOf(start + endOffset - 1, packed.endPrecision[index] ?? 'd'),
      inferred: indexAt(packed.inferred, index) === 1,
    });
  }
  return data;
}
