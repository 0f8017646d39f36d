import { describe, expect, it } from 'vitest';
import { dayMentions, statesDay } from '../../src/lib/content/date-mentions';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('the days a quoted passage states', () => {
  it.each([
    ['The exchange, taking place on April 11 and 12, is co-chaired', [day(2024, 4, 11), day(2024, 4, 12)]],
    [
      'Carter is on his official visit to Vietnam from May 31 to June1, at the invitation',
      [day(2015, 5, 31), day(2015, 6, 1)],
    ],
    ['Sáng 28/1 tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị', [day(2015, 1, 28)]],
    ['Ngày 27-7-2017, tại Trụ sở Bộ Quốc phòng', [day(2017, 7, 27)]],
    ['出席3月14日至18日在马来西亚召开的第九届国防部长会议', [day(2015, 3, 14), day(2015, 3, 18)]],
    ['deployed on September 26, 2024.', [day(2024, 9, 26)]],
    ['from Sept. 24-26, 2019', [day(2019, 9, 24), day(2019, 9, 26)]],
    ['từ ngày 14-18/10', [day(2022, 10, 14), day(2022, 10, 18)]],
    ['ngày 24 tháng 9 năm 2024', [day(2024, 9, 24)]],
    ['le 1er mars 2019', [day(2019, 3, 1)]],
    ['am 17. Oktober in Washington', [day(2017, 10, 17)]],
    ['Mayo 25, 2016', [day(2016, 5, 25)]],
    ['(2024-09-24)', [day(2024, 9, 24)]],
  ])('finds the day in “%s”', (text, days) => {
    for (const d of days) expect(statesDay(text, d), JSON.stringify(d)).toBe(true);
  });

  it('does not take a period of years, a month with a year, or a count for a day', () => {
    expect(dayMentions('the 2010-2015 period')).toEqual([]);
    expect(dayMentions('in May 2016 and 12 officers')).toEqual([]);
  });

  it('does not read a spaced "7 - 8" as the seventh of August', () => {
    expect(dayMentions('scheduled to take place … on September 7 - 8.')).toEqual([
      { day: 7, month: 9 },
      { day: 8, month: 9 },
    ]);
  });

  it('rejects a day whose year the phrase contradicts', () => {
    expect(statesDay('The Sample Victory on May 7, 1954', day(2024, 5, 7))).toBe(false);
    expect(statesDay('The Sample Victory on May 7, 1954', day(1954, 5, 7))).toBe(true);
  });

  it('does not accept a weekday or "yesterday" as a day', () => {
    expect(statesDay('met GS Trọng on Sunday', day(2016, 3, 27))).toBe(false);
    expect(statesDay('the ceremony yesterday', day(2016, 3, 29))).toBe(false);
  });
});
