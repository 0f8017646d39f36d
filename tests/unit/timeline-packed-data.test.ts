import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../scripts/bench/synthetic-events';
import { PACKED_FORMAT, packTimeline, unpackTimeline, type PackedTimeline } from '../../src/lib/timeline/packed-data';
import { datum } from '../helpers/timeline-data';

const DATA = [
  datum('review-2014', '2015-01', { inferred: true, title: 'Review of 2014', type: 'review-conference' }),
  datum('border-2', '2015-01-28', {
    kind: 'event',
    scope: 'bilateral',
    partners: ['cn'],
    series: 'vietnam-china-border-exchange',
    number: 2,
    end: '2015-01-29',
  }),
  datum('rotation-1', '2018-10-01', { kind: 'rotation', partners: ['un', 'unmiss'], end: '2019-11' }),
  datum('expo-2020', '2020', { end: '2021' }),
  datum('same-day', '2020-01-01', { title: 'Quỹ đạo "quotes" </script> & <b>' }),
];

describe('the packed timeline data', () => {
  it('gives back every entry exactly as it was packed', () => {
    expect(unpackTimeline(packTimeline(DATA))).toEqual(DATA);
  });

  it('survives a trip through JSON, as the data script sends it', () => {
    const sent = JSON.parse(JSON.stringify(packTimeline(DATA))) as PackedTimeline;
    expect(unpackTimeline(sent)).toEqual(DATA);
  });

  it('writes each repeated word once and each start as days since the one before', () => {
    const packed = packTimeline(DATA);
    expect(packed.partnerIds).toEqual(['cn', 'un', 'unmiss']);
    expect(packed.partners).toEqual([[], [0], [1, 2], [], []]);
    expect(packed.seriesIds).toEqual(['vietnam-china-border-exchange']);
    expect(packed.series).toBe('01000');
    expect(packed.startDelta.slice(1)).toEqual([27, 1342, 457, 0]);
    expect(packed.startPrecision).toBe('mddyd');
    expect(packed.endPrecision).toBe('-dmy-');
    expect(packed.endOffset.slice(0, 2)).toEqual([0, 2]);
    expect(packed.inferred).toBe('10000');
  });

  it('writes each kind, type, scope and series index as one character an entry', () => {
    const packed = packTimeline(DATA);
    expect(packed.kinds).toEqual(['event', 'rotation']);
    expect(packed.kind).toBe('00100');
    expect(packed.type.length).toBe(DATA.length);
    expect(DATA.map((_, i) => packed.types[packed.type.charCodeAt(i) - 48])).toEqual(DATA.map((d) => d.type));
  });

  it('leaves the titles out when they come apart, every other field kept', () => {
    const packed = packTimeline(DATA, { version: 'v1', days: 13 });
    expect(packed.titleChunks).toEqual({
      version: 'v1',
      days: 13,
      meanLength: Math.round(DATA.reduce((sum, entry) => sum + entry.title.length, 0) / DATA.length),
    });
    expect(packed.title).toEqual([]);
    expect(unpackTimeline(packed)).toEqual(DATA.map((entry) => ({ ...entry, title: '' })));
    expect(packTimeline(DATA).titleChunks).toBeNull();
  });

  it('keeps entries in the order it was given, in date order or not', () => {
    const shuffled = [DATA[3]!, DATA[0]!, DATA[4]!, DATA[1]!, DATA[2]!];
    expect(unpackTimeline(packTimeline(shuffled))).toEqual(shuffled);
  });

  it('refuses data in a format this script does not read, saying which', () => {
    const packed = { ...packTimeline(DATA), format: 1 } as unknown as PackedTimeline;
    expect(() => unpackTimeline(packed)).toThrow(`format 1; this script reads ${PACKED_FORMAT}`);
  });

  it('gives back 10,000 generated entries exactly, in less than 70% of the gzip bytes of the same entries as objects', () => {
    const events = syntheticEvents(10_000);
    const packed = packTimeline(events);
    expect(unpackTimeline(packed)).toEqual(events);
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    expect(gzip(packed)).toBeLessThan(gzip(events) * 0.7);
  });
});
