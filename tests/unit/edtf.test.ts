import { compareChronologically } from '../../src/lib/dates/chronological-order';
import { describe, expect, it } from 'vitest';
import { earliestDay, edtfBounds, latestDay, parseEdtf, precisionOf } from '../../src/schemas/edtf';
import { formatEdtf, formatEdtfRange } from '../../src/lib/dates/format';

describe('EDTF level-0 dates', () => {
  it('take their precision from their form', () => {
    expect(precisionOf('2020')).toBe('year');
    expect(precisionOf('2023-07')).toBe('month');
    expect(precisionOf('2024-01-09')).toBe('day');
  });

  it('reject days that do not exist, naming the valid range', () => {
    expect(parseEdtf('2023-02-29')).toEqual({
      ok: false,
      error: '"2023-02-29" is not a real day: February 2023 has days 01 to 28',
    });
    expect(parseEdtf('2024-02-29').ok).toBe(true);
    expect(parseEdtf('2024-04-31').ok).toBe(false);
    // Century years are leap years only when divisible by 400.
    expect(parseEdtf('2000-02-29').ok).toBe(true);
    expect(parseEdtf('2100-02-29').ok).toBe(false);
    expect(edtfBounds('2100-02').last).toBe(Date.UTC(2100, 1, 28));
  });

  it('reject months outside 01–12 and other forms', () => {
    expect(parseEdtf('2024-00').ok).toBe(false);
    expect(parseEdtf('2024-13').ok).toBe(false);
    for (const text of ['24', '2024-1-9', '09/01/2024', '2024-01-09T00:00', '2024~', ' 2024']) {
      expect(parseEdtf(text).ok, text).toBe(false);
    }
  });

  it('span the whole period a month or year could be', () => {
    expect(new Date(earliestDay('2023-07')).toISOString()).toBe('2023-07-01T00:00:00.000Z');
    expect(new Date(latestDay('2023-07')).toISOString()).toBe('2023-07-31T00:00:00.000Z');
    expect(new Date(latestDay('2024-02')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(new Date(latestDay('2020')).toISOString()).toBe('2020-12-31T00:00:00.000Z');
    expect(earliestDay('2024-01-09')).toBe(latestDay('2024-01-09'));
  });

  it('sort by earliest possible day, the narrower first on a tie', () => {
    const byDate = (a: string, b: string) => compareChronologically({ id: '', start: a }, { id: '', start: b });
    expect(['2024', '2023-07', '2024-01-09', '2024-01'].sort(byDate)).toEqual([
      '2023-07',
      '2024-01',
      '2024',
      '2024-01-09',
    ]);
  });

  it('are written for readers no more precisely than they are known', () => {
    expect(formatEdtf('2024-01-09', 'en')).toBe('9 January 2024');
    expect(formatEdtf('2023-07', 'en')).toBe('July 2023');
    expect(formatEdtf('2020', 'en')).toBe('2020');
    expect(formatEdtfRange('2022-12-08', '2022-12-10', 'en')).toBe('8–10 December 2022');
    expect(formatEdtfRange('2024-09-24', '2025-09-26', 'en')).toBe('24 September 2024 – 26 September 2025');
    expect(formatEdtfRange('2022-04-27', '2023', 'en')).toBe('27 April 2022 – 2023');
    expect(formatEdtfRange('2024-05-07', null, 'en')).toBe('7 May 2024');
  });
});

describe('the fast date bounds', () => {
  it('agree with the checked parser on every day, month and year of the scope and beyond', () => {
    for (let time = Date.UTC(2012, 0, 1); time <= Date.UTC(2026, 11, 31); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      for (const text of [day, day.slice(0, 7), day.slice(0, 4)]) {
        expect(edtfBounds(text)).toEqual({
          first: earliestDay(text),
          last: latestDay(text),
          precision: precisionOf(text),
        });
      }
    }
  });

  it('leave malformed dates to the checked parser, which rejects them', () => {
    expect(() => edtfBounds('2023-02-29')).toThrow('not a real day');
    expect(() => edtfBounds('2024-13')).toThrow('no month 13');
    expect(() => edtfBounds('20x4')).toThrow('not an EDTF date');
  });
});
