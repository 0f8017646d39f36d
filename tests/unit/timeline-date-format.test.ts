import { describe, expect, it } from 'vitest';
import { formatEdtf, formatEdtfRange } from '../../src/lib/dates/format';
import { accessibleLabel, formatTick } from '../../src/lib/timeline/date-format';
import { datum } from '../helpers/timeline-data';
import { LANGS, wordsFor } from '../../src/i18n/editions';

describe('dates and names written for readers', () => {
  it('writes a date only as precisely as it is known, in UTC', () => {
    expect(formatEdtf('2024-01-09', 'en')).toBe('9 January 2024');
    expect(formatEdtf('2023-07', 'en')).toBe('July 2023');
    expect(formatEdtf('2020', 'en')).toBe('2020');
  });

  it('writes a range within one month once, and other ranges in full', () => {
    expect(formatEdtfRange('2022-12-08', '2022-12-10', 'en')).toBe('8–10 December 2022');
    expect(formatEdtfRange('2024-09-26', '2025-09-26', 'en')).toBe('26 September 2024 – 26 September 2025');
    expect(formatEdtfRange('2022-04-27', '2023', 'en')).toBe('27 April 2022 – 2023');
    expect(formatEdtfRange('2024-05-07', null, 'en')).toBe('7 May 2024');
  });

  it('names a mark by date, title, type and lane, keeping "UN" in capitals', () => {
    const rotation = datum('l2fh-6', '2024-09-26', {
      title: 'Level-2 Field Hospital Rotation 6',
      kind: 'rotation',
      type: 'peacekeeping-deployment',
      end: '2025-09-26',
      inferred: true,
    });
    expect(accessibleLabel(rotation, 'en')).toBe(
      '26 September 2024 – 26 September 2025, date inferred: Level-2 Field Hospital Rotation 6. UN peacekeeping deployment, UN peacekeeping rotation.',
    );
  });

  it('labels axis ticks with the year at its turn, the month at its first day, and the day otherwise', () => {
    expect(formatTick(new Date(Date.UTC(2020, 0, 1)), 'en')).toBe('2020');
    expect(formatTick(new Date(Date.UTC(2020, 3, 1)), 'en')).toBe('Apr');
    expect(formatTick(new Date(Date.UTC(2020, 3, 5)), 'en')).toBe('5 Apr');
  });
});

describe("the catalogues' month names", () => {
  it("are Intl's for each edition's locale, inside a date and standing alone on the axis", () => {
    for (const lang of LANGS) {
      const { locale, months, monthsShort } = wordsFor(lang).dates;
      const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
      for (let month = 0; month < 12; month += 1) {
        const time = Date.UTC(2024, month, 9);
        expect(months[month], `${lang} month ${String(month + 1)}`).toBe(
          long.formatToParts(time).find((part) => part.type === 'month')?.value,
        );
        expect(monthsShort[month], `${lang} short month ${String(month + 1)}`).toBe(short.format(time));
      }
    }
  });

  it('give the Vietnamese dates their own shapes, the day tick in lower case', () => {
    expect(formatEdtf('2024-01-09', 'vi')).toBe('ngày 9 tháng 1 năm 2024');
    expect(formatEdtf('2023-07', 'vi')).toBe('tháng 7/2023');
    expect(formatTick(new Date(Date.UTC(2022, 8, 1)), 'vi')).toBe('Tháng 9');
    expect(formatTick(new Date(Date.UTC(2022, 8, 5)), 'vi', { withYear: true })).toBe('5 tháng 9/2022');
  });
});
