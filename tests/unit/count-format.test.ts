import { describe, expect, it } from 'vitest';
import { countFormat } from '../../src/lib/count-format';
import { LANGS, wordsFor } from '../../src/i18n/editions';

describe('countFormat', () => {
  it('writes every count as Intl.NumberFormat does in each edition, below a thousand and above', () => {
    for (const lang of LANGS) {
      const { locale } = wordsFor(lang).dates;
      const format = countFormat(locale);
      const intl = new Intl.NumberFormat(locale);
      for (const count of [0, 1, 7, 42, 999, -999, 1000, 1234, 99_999, 100_000, 1_234_567, 2.5]) {
        expect(format(count), `${lang} ${String(count)}`).toBe(intl.format(count));
      }
    }
  });

  it('groups thousands the way each language writes them', () => {
    expect(countFormat('en-GB')(12_345)).toBe('12,345');
    expect(countFormat('vi-VN')(12_345)).toBe('12.345');
  });
});
