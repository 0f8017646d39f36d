import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/lib/ingest/detect-metadata';
import { draftEvents } from '../../src/lib/ingest/draft-events';
import { ingestArticle } from '../../src/lib/ingest/ingest-article';
import { partnersNamed, seriesNamed } from '../../src/lib/ingest/match-vocabulary';
import { DraftFrontmatter } from '../../src/schemas/draft';
import { FIXTURES, ROOT } from '../helpers/fixtures';

/** The drafts of a raw text, as `npm run ingest -- --draft-events` makes them. */
function draftsOf(file: string, published?: string) {
  const result = ingestArticle(readFileSync(file), {
    seedName: path.basename(file),
    ...(published ? { published } : {}),
  });
  const paragraphs = result.body.split('\n\n');
  const drafts = draftEvents({
    sourceId: 'source',
    paragraphs,
    language: result.data.language ?? 'en',
    ...(published ? { published } : {}),
    metadata: result.metadata,
    candidates: result.candidates,
  });
  const sentences = new Set(paragraphs.flatMap(sentencesOf));
  for (const draft of drafts) {
    expect(DraftFrontmatter.safeParse(draft.data).success, draft.id).toBe(true);
    // Every quote is one whole sentence of the cleaned text.
    for (const { quote } of draft.data.sources) expect(sentences.has(quote), quote).toBe(true);
  }
  return drafts;
}

const seed = (name: string) => path.join(ROOT, 'content/seeds', name);
const summary = (drafts: ReturnType<typeof draftsOf>) =>
  drafts.map(({ id, data }) => ({
    id,
    status: data.status,
    start: data.start,
    partners: data.partners ?? [],
    quote: data.sources[0]?.quote.slice(0, 40),
  }));

describe('draft entries from the five review articles', () => {
  it('drafts the first-half 2021 review as held, undated, chaired by Hoang Xuan Chien', () => {
    const [draft, ...rest] = draftsOf(seed('01_qdnd-h1-2021-external-defense-relations-review.txt'));
    expect(rest).toEqual([]);
    expect(draft?.data).toMatchObject({ status: 'held', type: 'review-conference', kind: 'event' });
    expect(draft?.data.start).toBeUndefined();
    expect(draft?.data.people).toEqual([
      { name: 'Hoang Xuan Chien', rank: 'Senior Lieutenant General', role: 'Deputy Defense Ministrer; chair' },
    ]);
    expect(draft?.data.sources.map(({ supports }) => supports)).toEqual([['event'], ['people']]);
  });

  it('drafts the 2010-2015 review in Hanoi on August 17, its year unknown without a publication date', () => {
    const file = seed('02_vov-2016-external-defence-relations-2010-2015-review.txt');
    const [draft] = draftsOf(file);
    expect(draft?.data).toMatchObject({ status: 'held', place: 'Hanoi', type: 'review-conference' });
    expect(draft?.data.start).toBeUndefined();
    expect(draft?.unknown.join('\n')).toContain('"August 17" without a year');
    // The minister who addressed the conference is quoted, not its chair.
    expect(draft?.data.people).toBeUndefined();
    const [dated] = draftsOf(file, '2016-08-18');
    expect(dated?.data).toMatchObject({ start: '2016-08-17' });
    expect(dated?.data.startInferred).toContain('the year is that of the publication date (2016-08-18)');
  });

  it('drafts the third-quarter 2019 meeting in Hanoi on October 7, and no rotation the text only prepares', () => {
    const drafts = draftsOf(seed('03_vnaplus-q3-2019-defence-diplomacy-review.txt'), '2019-10-08');
    expect(summary(drafts)).toEqual([
      {
        id: 'source-conference',
        status: 'held',
        start: '2019-10-07',
        partners: [],
        quote: 'Hanoi (VNA) – The Ministry of National D',
      },
    ]);
    expect(drafts[0]?.data.sources[0]?.supports).toEqual(['event', 'start', 'place']);
  });

  it('drafts the first-quarter 2022 review as held and the review it prepares as planned, neither dated by the circular', () => {
    const drafts = draftsOf(seed('04_qdnd-q1-2022-defense-diplomacy-review.txt'));
    expect(summary(drafts)).toEqual([
      {
        id: 'source-conference',
        status: 'held',
        start: undefined,
        partners: [],
        quote: 'Regarding tasks in the second quarter of',
      },
      {
        id: 'source-planned-conference',
        status: 'planned',
        start: undefined,
        partners: [],
        quote: 'Moreover, relevant units should make pre',
      },
    ]);
    expect(drafts[1]?.data.type).toBe('review-conference');
  });

  it('drafts the third-quarter 2018 meeting as held, with nothing the text does not give', () => {
    const drafts = draftsOf(seed('05_qdnd-q3-2018-defense-external-affairs-review.txt'));
    expect(summary(drafts)).toEqual([
      {
        id: 'source-conference',
        status: 'held',
        start: undefined,
        partners: [],
        quote: 'At the meeting, the participants laid st',
      },
    ]);
    expect(drafts[0]?.unknown).toEqual([
      'start: the sentence states no day',
      'place: the text does not say where',
      'people: the text names no chair',
    ]);
  });
});

describe('draft entries from the fixtures and other seeds', () => {
  it('drafts the English report’s conference in Da Nang, and the review it plans for June 15 next year', () => {
    const drafts = draftsOf(path.join(FIXTURES, 'ingest/en-traps-report.txt'), '2024-01-10');
    expect(drafts.map(({ data }) => [data.status, data.start, data.place])).toEqual([
      ['held', '2024-01-09', 'Da Nang'],
      ['planned', '2025-06-15', undefined],
    ]);
    // The attaché is quoted, and the chair is not named: no one is made chair.
    expect(drafts[0]?.data.people).toBeUndefined();
  });

  it('drafts the Vietnamese report’s conference of 25 March and the review planned for 20 December', () => {
    const drafts = draftsOf(path.join(FIXTURES, 'ingest/vi-review-report.txt'), '2022-03-26');
    expect(drafts.map(({ data }) => [data.status, data.start, data.place, data.format])).toEqual([
      ['held', '2022-03-25', 'Hà Nội', 'hybrid'],
      ['planned', '2022-12-20', undefined, undefined],
    ]);
    expect(drafts[0]?.data.startInferred).toContain('"Ngày 25-3" without a year');
    // The byline "NGUYỄN AN" is nobody in the drafts.
    expect(JSON.stringify(drafts)).not.toContain('NGUYỄN AN');
  });

  it('names partners and numbered series from the vocabularies when the text names the event', () => {
    const drafts = draftsOf(seed('001_6de3eb4f7f04c14d.txt'));
    const exchange = drafts.find(({ data }) => data.title === '8th Vietnam - China Border Defense Friendship Exchange');
    expect(exchange?.data).toMatchObject({
      partners: ['cn'],
      series: { id: 'vietnam-china-border-exchange', number: 8 },
    });
    const hospital = drafts.find(({ data }) => data.title === 'Level-2 Field Hospital Rotation 5');
    expect(hospital?.data.series).toEqual({ id: 'level-2-field-hospital', number: 5 });
  });
});

describe('reading the vocabularies’ names in a text', () => {
  it('reads partners past spelling differences, and a short name inside a longer one only once', () => {
    expect(partnersNamed('Vietnam - Laos - Cambodia exchange')).toEqual(['la', 'kh']);
    expect(partnersNamed('at the ASEAN Regional Forum')).toEqual(['arf']);
    expect(partnersNamed('the UN Mission in South Sudan (UNMISS)')).toEqual(['unmiss']);
    expect(partnersNamed('Vietnamese units')).toEqual([]);
  });

  it('reads series by their names, not a shorter name inside another', () => {
    expect(seriesNamed('the 11th ADMM-Plus')).toEqual({ id: 'admm-plus', number: 11 });
    expect(seriesNamed('the ADMM Retreat')).toEqual({ id: 'admm-retreat' });
    expect(seriesNamed('the 3rd Vietnam-US Defense Policy Dialogue')).toEqual({
      id: 'vietnam-us-defence-policy-dialogue',
      number: 3,
    });
  });
});
