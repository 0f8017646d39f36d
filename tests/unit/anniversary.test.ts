import { describe, expect, it } from 'vitest';
import { expectedOrdinal } from '../../src/lib/content/anniversary';
import { ordinalSuffix } from '../../src/i18n/en/ordinal';

describe('anniversary arithmetic', () => {
  it('counts the years between the base date and the anniversary', () => {
    expect(expectedOrdinal('2024-05-07', '1954-05-07')).toBe(70);
    expect(expectedOrdinal('2024-12-22', '1944-12-22')).toBe(80);
    expect(expectedOrdinal('2024-12-22', '1989-12-22')).toBe(35);
  });

  it('works at any precision, since only years count', () => {
    expect(expectedOrdinal('2024', '1954-05-07')).toBe(70);
    expect(expectedOrdinal('2024-12', '1944')).toBe(80);
  });

  it('writes English ordinals, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 35, 70, 80, 101, 111].map(ordinalSuffix)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '35th',
      '70th',
      '80th',
      '101st',
      '111th',
    ]);
  });
});
