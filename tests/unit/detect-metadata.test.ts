import { describe, expect, it } from 'vitest';
import { detectMetadata, sentencesOf } from '../../src/lib/ingest/detect-metadata';

describe('detecting an article’s metadata', () => {
  it('reads place and agency from a dateline', () => {
    const found = detectMetadata(['Hanoi (VNA) – The minister spoke at a conference in Hanoi on August 28.']);
    expect(found.dateline?.value).toEqual({ place: 'Hanoi', agency: 'VNA', publisher: 'Vietnam News Agency (VNA)' });
    expect(found.conferencePlace?.value).toBe('Hanoi');
    expect(found.conferenceDay?.value).toMatchObject({ month: 8, day: 28 });
  });

  it('keeps an unknown agency code without naming a publisher', () => {
    expect(detectMetadata(['Hanoi (XYZ) – Text.']).dateline?.value).toEqual({ place: 'Hanoi', agency: 'XYZ' });
  });

  it('reads a day only from a sentence about the conference', () => {
    expect(detectMetadata(['He was born on May 7.']).conferenceDay).toBeUndefined();
    expect(detectMetadata(['The meeting took place on December 10, 2020.']).conferenceDay?.value).toMatchObject({
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

  it('reads a range of years written before "period" as the whole range', () => {
    const found = detectMetadata([
      'A conference was held in Hanoi on August 17 reviewing external defence relations in the 2010-2015 period.',
    ]);
    expect(found.period?.value).toEqual({ start: '2010', end: '2015' });
  });

  it('reads parts of a year as their months', () => {
    const period = (text: string) => detectMetadata([text]).period?.value;
    expect(period('In the first three months of 2022, the work was carried out.')).toEqual({
      start: '2022-01',
      end: '2022-03',
    });
    expect(period('Reports reviewed the third quarter of 2019 in detail.')).toEqual({
      start: '2019-07',
      end: '2019-09',
    });
    expect(period('The first nine months of 2018 saw many visits.')).toEqual({ start: '2018-01', end: '2018-09' });
  });

  it('never takes a planned review or a document’s date for the article’s own', () => {
    const found = detectMetadata([
      'In the first three months of 2022, the work was effectively implemented.',
      'Delegates at the event stressed Circular No.152/2021/TT-BQP issued on November 21, 2021. Units should make preparation for a conference to review this task in the period of 2016-2021.',
    ]);
    expect(found.period?.value).toEqual({ start: '2022-01', end: '2022-03' });
    expect(found.conferenceDay).toBeUndefined();
  });
});
