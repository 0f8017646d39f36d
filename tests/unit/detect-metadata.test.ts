import { describe, expect, it } from 'vitest';
import { detectMetadata, sentencesOf } from '../../src/lib/ingest/detect-metadata';

describe('detecting an article’s metadata', () => {
  it('reads place and agency from a dateline', () => {
    const found = detectMetadata(['Hanoi (VNA) – The minister spoke at a conference in Hanoi on August 28.']);
    expect(found.dateline?.value).toEqual({ place: 'Hanoi', agency: 'VNA', publisher: 'Vietnam News Agency (VNA)' });
    expect(found.conferencePlace?.value).toBe('Hanoi');
    expect(found.conferenceDay?.value).toEqual({ month: 8, day: 28 });
  });

  it('keeps an unknown agency code without naming a publisher', () => {
    expect(detectMetadata(['Hanoi (XYZ) – Text.']).dateline?.value).toEqual({ place: 'Hanoi', agency: 'XYZ' });
  });

  it('reads a day only from a sentence about the conference', () => {
    expect(detectMetadata(['He was born on May 7.']).conferenceDay).toBeUndefined();
    expect(detectMetadata(['The meeting took place on December 10, 2020.']).conferenceDay?.value).toEqual({
      month: 12,
      day: 10,
      year: 2020,
    });
  });

  it('finds the reviewed period as a range, a half-year or a year', () => {
    expect(detectMetadata(['It reviewed the work during 2015-2018.']).period?.value).toEqual({
      start: '2015',
      end: '2018',
    });
    expect(detectMetadata(['Reports reviewed that in the first half of 2023, units did well.']).period?.value).toEqual({
      start: '2023-01',
      end: '2023-06',
    });
    expect(detectMetadata(['It was convened to evaluate the 2023 activities.']).period?.value).toEqual({
      start: '2023',
      end: '2023',
    });
    expect(detectMetadata(['Last year, the work was implemented.']).period).toBeUndefined();
  });

  it('tells hybrid from online conferences and leaves others unknown', () => {
    expect(detectMetadata(['It was organized via both online and offline forms.']).conferenceFormat?.value).toBe(
      'hybrid',
    );
    expect(detectMetadata(['The online event, connecting 22 locations, was held.']).conferenceFormat?.value).toBe(
      'online',
    );
    expect(detectMetadata(['A conference was held.']).conferenceFormat).toBeUndefined();
  });

  it('does not split sentences after abbreviated ranks', () => {
    expect(sentencesOf('It was chaired by Sr. Lt. Gen. Hoang Xuan Chien. He spoke.')).toEqual([
      'It was chaired by Sr. Lt. Gen. Hoang Xuan Chien.',
      'He spoke.',
    ]);
  });
});
