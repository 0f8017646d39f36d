import { describe, expect, it } from 'vitest';
import { formatEdtf, formatEdtfRange } from '../../src/lib/dates/format';
import { accessibleLabel, formatTick } from '../../src/lib/timeline/date-format';
import { datum } from '../helpers/timeline-data';

describe('dates and names written for readers', () => {
  it('writes a date only as precisely as it is known, through Intl in UTC', () => {
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
