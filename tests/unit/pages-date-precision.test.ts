import { describe, expect, it } from 'vitest';
import { describeDatePrecision, describeDating, precisionPhrase } from '../../src/lib/pages/date-precision';

describe('date precision in words', () => {
  it('says nothing of a date known to the day', () => {
    expect(precisionPhrase('day')).toBeNull();
    expect(describeDatePrecision('2024-01-09')).toBeNull();
    expect(describeDatePrecision('2024-12-19', '2024-12-22')).toBeNull();
  });

  it('says which parts of a month or year date are unknown', () => {
    expect(describeDatePrecision('2023-07')).toBe('month known, day not');
    expect(describeDatePrecision('2024')).toBe('year known, month and day not');
    expect(describeDatePrecision('2024', '2024')).toBe('year known, month and day not');
  });

  it('names the start or end when only one of them is vague, or when they differ', () => {
    expect(describeDatePrecision('2023-08-08', '2024-09')).toBe('end: month known, day not');
    expect(describeDatePrecision('2020-09', '2020-09-30')).toBe('start: month known, day not');
    expect(describeDatePrecision('2022-04-27', '2023')).toBe('end: year known, month and day not');
    expect(describeDatePrecision('2023-07', '2024')).toBe(
      'start: month known, day not; end: year known, month and day not',
    );
    expect(describeDatePrecision('2023-07', '2023-09')).toBe('month known, day not');
  });
});

describe('a source’s dating for readers', () => {
  it('writes the date, its precision and why it was inferred', () => {
    expect(
      describeDating({
        date: '2020-02-20',
        precision: 'day',
        inferred: true,
        reason: 'The URL ends with 20-feb-2020.',
      }),
    ).toEqual({ text: '20 February 2020', precision: null, inferred: 'The URL ends with 20-feb-2020.' });
    expect(describeDating({ date: '2023-07', precision: 'month', inferred: false })).toEqual({
      text: 'July 2023',
      precision: 'month known, day not',
      inferred: null,
    });
  });

  it('gives null for an unknown date', () => {
    expect(describeDating('unknown')).toBeNull();
  });
});
