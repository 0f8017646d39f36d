import { describe, expect, it } from 'vitest';
import { detectCandidates } from '../../src/lib/ingest/detect-candidates';

const kindsAndTexts = (paragraphs: string[]) => detectCandidates(paragraphs).map(({ kind, text }) => [kind, text]);

describe('detecting candidate timeline items', () => {
  it('finds ordinal anniversaries without trailing connectives', () => {
    expect(
      kindsAndTexts([
        'Events will mark the 70th anniversary of the Dien Bien Phu Victory, the 80th founding anniversary of the VPA, the 35th anniversary of the All-People’s National Defence Day and the second Vietnam International Defence Expo.',
      ]),
    ).toEqual([
      ['anniversary', '70th anniversary of the Dien Bien Phu Victory'],
      ['anniversary', '80th founding anniversary of the VPA'],
      ['anniversary', '35th anniversary of the All-People’s National Defence Day'],
      ['expo', 'second Vietnam International Defence Expo'],
    ]);
  });

  it('finds numbered rotations and exchanges separately', () => {
    expect(
      kindsAndTexts([
        'Preparations for the 8th Vietnam - China Border Defense Friendship Exchange and the first Vietnam - Laos - Cambodia Border Defense Friendship Exchange continue.',
        'It deployed the Engineering Company Rotation 2 and the Level-2 Field Hospital Rotation 5.',
      ]),
    ).toEqual([
      ['exchange', '8th Vietnam - China Border Defense Friendship Exchange'],
      ['exchange', 'first Vietnam - Laos - Cambodia Border Defense Friendship Exchange'],
      ['rotation', 'Engineering Company Rotation 2'],
      ['rotation', 'Level-2 Field Hospital Rotation 5'],
    ]);
  });

  it('finds explicit dates, years and meetings, with the paragraph and sentence to quote', () => {
    const found = detectCandidates([
      'Intro.',
      'The conference in Hanoi on August 28 reviewed 2015-2018. Vietnam assumes the role as Chair of ASEAN in 2020.',
    ]);
    expect(found.map(({ kind, text, paragraph }) => [kind, text, paragraph])).toEqual([
      ['date', 'August 28', 2],
      ['year', '2015-2018', 2],
      ['meeting', 'Chair of ASEAN', 2],
      ['year', '2020', 2],
    ]);
    expect(found[3]?.sentence).toBe('Vietnam assumes the role as Chair of ASEAN in 2020.');
  });

  it('does not count the year of a full date twice', () => {
    expect(kindsAndTexts(['It met on December 10, 2020.'])).toEqual([['date', 'December 10, 2020']]);
  });
});
