import { describe, expect, it } from 'vitest';
import { statedDates } from '../../src/lib/ingest/stated-dates';

describe('the days a sentence states', () => {
  it('reads English days with chrono-node, a year only where the phrase gives one', () => {
    expect(statedDates('It was held on September 24.', 'en')).toEqual([
      { start: { month: 9, day: 24 }, said: 'September 24' },
    ]);
    expect(statedDates('Talks ran October 14-18, 2019 in Hanoi.', 'en')).toEqual([
      {
        start: { month: 10, day: 14, year: 2019 },
        end: { month: 10, day: 18, year: 2019 },
        said: 'October 14-18, 2019',
      },
    ]);
    expect(statedDates('It opened on Sept. 24.', 'en')[0]?.start).toEqual({ month: 9, day: 24 });
    expect(statedDates('It opened on 24 September 2024.', 'en')[0]?.start).toEqual({ month: 9, day: 24, year: 2024 });
  });

  it('takes nothing relative or ambiguous for a stated day', () => {
    expect(statedDates('Regarding tasks in the second quarter of this year, the conference agreed.', 'en')).toEqual([]);
    expect(statedDates('Units will report within 2 weeks, or on 9/10.', 'en')).toEqual([]);
    expect(statedDates('It reviewed the 2010-2015 period.', 'en')).toEqual([]);
  });

  it('reads Vietnamese days and ranges', () => {
    expect(statedDates('Ngày 25-3, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị.', 'vi')).toEqual([
      { start: { month: 3, day: 25 }, said: 'Ngày 25-3' },
    ]);
    expect(statedDates('Hội nghị diễn ra từ ngày 14-18/10/2022.', 'vi')[0]).toMatchObject({
      start: { month: 10, day: 14, year: 2022 },
      end: { month: 10, day: 18, year: 2022 },
    });
  });
});
