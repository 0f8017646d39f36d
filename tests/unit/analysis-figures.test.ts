import { describe, expect, it } from 'vitest';
import {
  agreementsPerYear,
  formatsPerYear,
  majorPartnerShares,
  partnerYearRows,
  seriesRuns,
  typeYearRows,
  visitDirections,
} from '../../src/lib/analysis/figures';
import { dataQuality } from '../../src/lib/analysis/quality';
import type { EventsJson } from '../../src/schemas/events-json';
import { eventRecord } from '../helpers/event-records';

const cited = (...sources: string[]) => sources.map((source) => ({ source, quote: 'q', supports: ['event' as const] }));
const exchange = (number: number, start: string) =>
  eventRecord(`exchange-${String(number)}`, {
    type: 'border-defence-exchange',
    start,
    partners: ['cn'],
    series: { id: 'vietnam-china-border-exchange', number },
  });

/** A dataset small enough to count by hand. */
const JSON_DATA: EventsJson = {
  version: '1.1.0',
  updated: '2026-11-28',
  events: [
    eventRecord('visit-in', { type: 'senior-visit', start: '2019-03-02', partners: ['cn'], direction: 'inbound' }),
    eventRecord('visit-out', { type: 'senior-visit', start: '2019-05', partners: ['us'], direction: 'outbound' }),
    eventRecord('visit-out-2', { type: 'senior-visit', start: '2020-06-01', partners: ['us'], direction: 'outbound' }),
    eventRecord('talks', {
      type: 'sideline-talks',
      start: '2020-07-01',
      partners: ['cn', 'us', 'jp'],
      format: 'online',
      sources: cited('a', 'b'),
    }),
    eventRecord('agreement', { type: 'agreement-signed', start: '2020', partners: ['jp'], startInferred: 'reasoned' }),
    eventRecord('review', { start: '2020-01-09', format: 'in-person', sources: cited('a', 'a') }),
    exchange(1, '2019-04-01'),
    exchange(2, '2020-04-01'),
    exchange(4, '2022-04-01'),
  ],
  sources: [
    {
      id: 'a',
      type: 'reference',
      title: 'A',
      publisher: 'P',
      mirror: null,
      published: '2020',
      language: 'en',
      url: null,
      publisherKind: 'unknown',
      page: '/sources/a/',
    },
    {
      id: 'b',
      type: 'reference',
      title: 'B',
      publisher: 'P',
      mirror: null,
      published: '2020',
      language: 'vi',
      url: 'https://mod.gov.vn/b',
      publisherKind: 'official',
      page: '/sources/b/',
    },
  ],
};
const YEARS = [2019, 2020, 2021, 2022];

describe('the analysis figures', () => {
  it('count entries per partner and year, the partners with most entries first', () => {
    expect(partnerYearRows(JSON_DATA, YEARS, 2)).toEqual([
      { key: 'cn', counts: [2, 2, 0, 1], total: 5 },
      { key: 'us', counts: [1, 2, 0, 0], total: 3 },
    ]);
  });

  it('count entries per type and year, and agreements per year', () => {
    expect(typeYearRows(JSON_DATA, YEARS).find((row) => row.key === 'senior-visit')).toEqual({
      key: 'senior-visit',
      counts: [2, 1, 0, 0],
      total: 3,
    });
    expect(agreementsPerYear(JSON_DATA, YEARS)).toEqual([0, 1, 0, 0]);
  });

  it('count visits to and from Vietnam per partner country, only where the direction is recorded', () => {
    expect(visitDirections(JSON_DATA)).toEqual([
      { partner: 'us', inbound: 0, outbound: 2 },
      { partner: 'cn', inbound: 1, outbound: 0 },
    ]);
  });

  it('give each major partner’s share of the entries with a partner country, the China-to-US ratio and the concentration', () => {
    const [y2019, y2020, y2021] = majorPartnerShares(JSON_DATA, YEARS, ['cn', 'us']);
    // 2019: three entries with a partner country: cn (visit), us (visit), cn (exchange).
    expect(y2019).toMatchObject({ withCountry: 3, shares: { cn: 2 / 3, us: 1 / 3 }, chinaToUs: 2 });
    expect(y2019?.concentration).toBeCloseTo((2 / 3) ** 2 + (1 / 3) ** 2);
    // 2020: us visit, talks (cn, us, jp), agreement (jp), exchange (cn): mentions cn 2, us 2, jp 2.
    expect(y2020).toMatchObject({ withCountry: 4, shares: { cn: 0.5, us: 0.5 }, chinaToUs: 1 });
    expect(y2020?.concentration).toBeCloseTo(1 / 3);
    expect(y2021).toMatchObject({ withCountry: 0, chinaToUs: null, concentration: 0 });
  });

  it('count entries per year by format, unrecorded where the sources do not say', () => {
    const [, y2020] = formatsPerYear(JSON_DATA, YEARS);
    expect(y2020).toEqual({ year: 2020, total: 5, formats: { 'in-person': 1, online: 1, hybrid: 0, unrecorded: 3 } });
  });

  it('list each numbered series with its numbers, years and gaps', () => {
    expect(seriesRuns(JSON_DATA)).toEqual([
      {
        series: 'vietnam-china-border-exchange',
        cadence: expect.any(String) as string,
        held: [
          { number: 1, year: 2019, id: 'exchange-1' },
          { number: 2, year: 2020, id: 'exchange-2' },
          { number: 4, year: 2022, id: 'exchange-4' },
        ],
        gaps: [3],
        notHeld: [],
      },
    ]);
  });

  it('measure the sourcing and dating: two or more distinct sources, precision, inferred dates, languages', () => {
    expect(dataQuality(JSON_DATA)).toMatchObject({
      entries: 9,
      sources: 2,
      withTwoSources: 1,
      // Only "talks" cites b, the one official source.
      withOfficialSource: 1,
      sourceKinds: [
        { kind: 'official', sources: 1 },
        { kind: 'unknown', sources: 1 },
      ],
      byPrecision: { day: 9, month: 0, year: 0 },
      inferred: 1,
      sourceLanguages: [
        { language: 'en', sources: 1 },
        { language: 'vi', sources: 1 },
      ],
      window: { first: '2019-03-02', last: '2022-04-01' },
      version: '1.1.0',
    });
  });
});
