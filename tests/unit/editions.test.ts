import { describe, expect, it } from 'vitest';
import { editionPaths, langOfPath, LANGS, wordsFor } from '../../src/i18n/editions';
import { uiFor } from '../../src/i18n/ui-editions';
import {
  describeTranslationCoverage,
  langMark,
  placeIn,
  summaryIn,
  titleIn,
  translationCoverage,
} from '../../src/lib/content/localized';
import { formatEdtf, formatEdtfRange } from '../../src/lib/dates/format';
import { recordsIn } from '../../src/lib/dataset/records-in';
import { precisionPrefix } from '../../src/lib/export/events-ics';
import { describeDatePrecision } from '../../src/lib/pages/date-precision';
import { accessibleLabel, formatTick } from '../../src/lib/timeline/date-format';
import { filterOptions } from '../../src/lib/timeline/filter-options';
import { eventRecord } from '../helpers/event-records';
import { datum, eventEntry } from '../helpers/timeline-data';

const translated = {
  title: 'Review of 2023',
  place: 'Hanoi',
  vi: { title: 'Hội nghị tổng kết năm 2023', summary: 'Bộ Quốc phòng tổng kết năm 2023.', place: 'Hà Nội' },
};

describe('the Vietnamese edition’s dates', () => {
  it('are written in Vietnamese forms, only as precisely as they are known', () => {
    expect(formatEdtf('2024-01-09', 'vi')).toBe('ngày 9 tháng 1 năm 2024');
    expect(formatEdtf('2024-01', 'vi')).toBe('tháng 1/2024');
    expect(formatEdtf('2024', 'vi')).toBe('năm 2024');
  });

  it('write a range within one month once, and other ranges in full', () => {
    expect(formatEdtfRange('2022-12-08', '2022-12-10', 'vi')).toBe('ngày 8–10 tháng 12 năm 2022');
    expect(formatEdtfRange('2024-09-26', '2025-09', 'vi')).toBe('ngày 26 tháng 9 năm 2024 – tháng 9/2025');
    expect(formatEdtfRange('2024-05-07', null, 'vi')).toBe('ngày 7 tháng 5 năm 2024');
  });

  it('say how precisely a date is known, in the axis, the accessible names and the calendar', () => {
    expect(describeDatePrecision('2023-07', null, 'vi')).not.toBe(describeDatePrecision('2023-07', null, 'en'));
    expect(formatTick(new Date(Date.UTC(2020, 0, 1)), 'vi')).toBe('2020');
    expect(formatTick(new Date(Date.UTC(2020, 3, 5)), 'vi')).toMatch(/^5 tháng 4$/iu);
    const label = accessibleLabel(
      datum('review', '2023-07', { title: 'Hội nghị tổng kết', type: 'review-conference', inferred: true }),
      'vi',
    );
    expect(label.startsWith('tháng 7/2023')).toBe(true);
    expect(label).toContain('Hội nghị tổng kết');
    expect(label).toContain(wordsFor('vi').types['review-conference']);
    expect(precisionPrefix('2023-07', null, 'vi')).toBe('(chỉ biết tháng) ');
    expect(precisionPrefix('2023-07', null, 'en')).toBe('(month known) ');
  });
});

describe('an entry in each edition', () => {
  it('takes its title, summary and place from its Vietnamese block in the Vietnamese edition', () => {
    expect(titleIn(translated, 'vi')).toEqual({ text: 'Hội nghị tổng kết năm 2023', lang: 'vi' });
    expect(summaryIn(translated, 'English summary.', 'vi').text).toBe('Bộ Quốc phòng tổng kết năm 2023.');
    expect(placeIn(translated, 'vi')).toBe('Hà Nội');
    expect(titleIn(translated, 'en')).toEqual({ text: 'Review of 2023', lang: 'en' });
    expect(placeIn(translated, 'en')).toBe('Hanoi');
  });

  it('falls back to English where no translation exists, marked as English on a Vietnamese page', () => {
    const untranslated = { title: 'Review of 2023', place: 'Hanoi' };
    const title = titleIn(untranslated, 'vi');
    expect(title).toEqual({ text: 'Review of 2023', lang: 'en' });
    expect(langMark(title, 'vi')).toBe('en');
    expect(langMark(titleIn(translated, 'vi'), 'vi')).toBeUndefined();
    expect(summaryIn(untranslated, 'English summary.', 'vi')).toEqual({ text: 'English summary.', lang: 'en' });
  });

  it('counts the translation coverage and names the entries that lack one', () => {
    const coverage = translationCoverage([
      eventEntry('a', '2024-01-09', { vi: translated.vi }),
      eventEntry('b', '2024-01-10'),
    ]);
    expect(coverage).toEqual({ total: 2, translated: 1, missing: ['b'] });
    expect(describeTranslationCoverage(coverage)).toBe('Vietnamese: 1 of 2 entries translated; missing: b');
  });

  it('is published in the Vietnamese feed and calendar with its Vietnamese words and address', () => {
    const json = {
      version: null,
      updated: null,
      events: [eventRecord('review', { vi: translated.vi }), eventRecord('plain')],
      sources: [],
    };
    const [review, plain] = recordsIn(json, 'vi', '/base/vi/').events;
    expect(review).toMatchObject({ title: translated.vi.title, place: 'Hà Nội', url: '/base/vi/events/review/' });
    expect(plain).toMatchObject({ title: 'Title of plain', url: '/base/vi/events/plain/' });
    expect(recordsIn(json, 'en', '/base/')).toBe(json);
  });

  it('names partners and series by their Vietnamese names in the Vietnamese filters, sorted the Vietnamese way', () => {
    const options = filterOptions([datum('a', '2024-01-09', { partners: ['cn', 'la'] })], 2015, 2025, 'vi');
    expect(options.partner.map((option) => option.label)).toEqual(['Lào', 'Trung Quốc']);
    expect(options.type[0]?.label).toBe(wordsFor('vi').types['defence-industry-expo']);
  });
});

describe('the editions’ addresses', () => {
  it('put English at the root and Vietnamese under vi/, the same page in each', () => {
    expect(langOfPath('')).toBe('en');
    expect(langOfPath('events/x/')).toBe('en');
    expect(langOfPath('vi/events/x/')).toBe('vi');
    expect(langOfPath('video/')).toBe('en');
    expect(editionPaths('vi/events/x/')).toEqual([
      { lang: 'en', path: 'events/x/' },
      { lang: 'vi', path: 'vi/events/x/' },
    ]);
    expect(editionPaths('')).toEqual([
      { lang: 'en', path: '' },
      { lang: 'vi', path: 'vi/' },
    ]);
  });
});

describe('the catalogues', () => {
  /** A message called with sample numbers, or sample words where it takes words. */
  function sample(message: (...args: unknown[]) => unknown): unknown {
    try {
      return message(1, 2, 3, 4, 5);
    } catch {
      return message('a', 'b', 'c', 'd', 'e');
    }
  }

  /** Every string a catalogue holds, its messages called with sample arguments. */
  function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return strings(sample(value as (...args: unknown[]) => unknown));
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  }

  it('are NFC in every edition, and each edition names itself in its own language', () => {
    for (const lang of LANGS) {
      const all = [...strings(wordsFor(lang)), ...strings(uiFor(lang))];
      expect(all.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
    }
    expect(uiFor('vi').layout.languageName).toBe('Tiếng Việt');
    expect(uiFor('en').layout.languageName).toBe('English');
  });

  it('give the Vietnamese edition words of its own wherever the English has words', () => {
    const en = strings(uiFor('en'));
    const vi = strings(uiFor('vi'));
    expect(vi).toHaveLength(en.length);
    // Words that stay the same in both are names and codes; at most a few.
    const same = vi.filter((text, index) => text === en[index] && /[a-z]{4,} [a-z]{4,}/u.test(text));
    expect(same).toEqual([]);
  });
});
