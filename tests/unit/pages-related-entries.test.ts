import { describe, expect, it } from 'vitest';
import type { EventEntry, SourceEntry } from '../../src/lib/content/model';
import { hasRelated, relatedEntries } from '../../src/lib/pages/related-entries';
import { eventEntry } from '../helpers/timeline-data';

const event = eventEntry;

function source(id: string, type: 'article' | 'reference'): SourceEntry {
  const common = {
    title: id,
    titleFrom: 'headline' as const,
    publisher: 'VNA',
    url: 'https://example.org/' as const,
    published: 'unknown' as const,
    language: 'en',
    notes: [],
  };
  return {
    id,
    file: `content/sources/${id}.md`,
    body: 'q',
    data:
      type === 'article'
        ? {
            type,
            ...common,
            conference: { date: 'unknown', place: 'unknown', format: 'unknown' },
            period: 'unknown',
            translator: 'unknown',
            seed: 'seed.txt',
            captions: [],
          }
        : { type, ...common },
  };
}

const anniversary = (ordinal: number, title: string, date: string) => ({
  kind: 'anniversary' as const,
  type: 'anniversary' as const,
  anniversary: { ordinal, base: { title, date } },
});

const rotation = (series: 'level-2-field-hospital' | 'engineering-unit', number: number) => ({
  kind: 'rotation' as const,
  type: 'peacekeeping-deployment' as const,
  series: { id: series, number },
  rotation: { mission: 'UNMISS', place: 'Bentiu' },
});

const cites = (...ids: string[]) => ({
  sources: ids.map((s) => ({ source: s, quote: 'q', supports: ['event' as const] })),
});

const SOURCES = new Map([
  ['article', source('article', 'article')],
  ['other-article', source('other-article', 'article')],
  ['ref', source('ref', 'reference')],
]);

const ids = (entries: readonly EventEntry[]) => entries.map((e) => e.id);

describe('related entries', () => {
  it('list the other anniversaries of the same base title and date, in date order', () => {
    const vpa80 = event('vpa-80', '2024-12-22', anniversary(80, 'Founding of the VPA', '1944-12-22'));
    const events = [
      event('vpa-75', '2019-12-22', anniversary(75, 'Founding  of the VPA', '1944-12-22')),
      vpa80,
      event('vpa-70', '2014-12-22', anniversary(70, 'founding of the VPA', '1944-12-22')),
      event('other-base-date', '2024-12-22', anniversary(35, 'Founding of the VPA', '1989-12-22')),
      event('dbp-70', '2024-05-07', anniversary(70, 'Dien Bien Phu Victory', '1954-05-07')),
    ];
    expect(ids(relatedEntries(vpa80, events, SOURCES).anniversaries)).toEqual(['vpa-70', 'vpa-75']);
  });

  it('give the previous and next rotation of the same series, skipping gaps and other series', () => {
    const events = [
      event('l2fh-1', '2018-10-02', rotation('level-2-field-hospital', 1)),
      event('l2fh-3', '2021-03-24', rotation('level-2-field-hospital', 3)),
      event('l2fh-6', '2024-09-24', rotation('level-2-field-hospital', 6)),
      event('eng-2', '2023-08-08', rotation('engineering-unit', 2)),
      event('eng-4', '2025-09-01', rotation('engineering-unit', 4)),
    ];
    const related = relatedEntries(events[1]!, events, SOURCES);
    expect(related.previousInSeries?.id).toBe('l2fh-1');
    expect(related.nextInSeries?.id).toBe('l2fh-6');
    const first = relatedEntries(events[0]!, events, SOURCES);
    expect(first.previousInSeries).toBeNull();
    expect(first.nextInSeries?.id).toBe('l2fh-3');
  });

  it('list other entries citing the same article, nearest in time first, at most a few, shown in date order', () => {
    const me = event('me', '2024-01-09', cites('article'));
    const events = [
      me,
      event('far', '2016-01-01', cites('article')),
      event('near-after', '2024-05-07', cites('article')),
      event('near-before', '2023-12-01', cites('article')),
      event('mid', '2022-01-01', cites('article')),
      event('not-citing', '2024-01-10', cites('ref')),
    ];
    const [shared] = relatedEntries(me, events, SOURCES, { perSource: 2 }).sharedSources;
    expect(shared?.source.id).toBe('article');
    expect(ids(shared?.events ?? [])).toEqual(['near-before', 'near-after']);
    expect(shared?.more).toBe(2);
  });

  it('ignore reference sources and list an entry once even when it shares several articles', () => {
    const me = event('me', '2024-01-09', cites('article', 'other-article', 'ref'));
    const both = event('both', '2024-02-01', cites('article', 'other-article', 'ref'));
    const related = relatedEntries(me, [me, both], SOURCES);
    expect(related.sharedSources.map((s) => s.source.id)).toEqual(['article']);
    expect(ids(related.sharedSources[0]?.events ?? [])).toEqual(['both']);
  });

  it('do not repeat under a shared article the rotations or anniversaries already listed', () => {
    const r1 = event('r1', '2018-10-02', { ...rotation('level-2-field-hospital', 1), ...cites('article') });
    const r2 = event('r2', '2019-11-19', { ...rotation('level-2-field-hospital', 2), ...cites('article') });
    const related = relatedEntries(r2, [r1, r2], SOURCES);
    expect(related.previousInSeries?.id).toBe('r1');
    expect(related.sharedSources).toEqual([]);
  });

  it('say when there is nothing related', () => {
    const lone = event('lone', '2020-01-01');
    const related = relatedEntries(lone, [lone], SOURCES);
    expect(hasRelated(related)).toBe(false);
    expect(hasRelated(relatedEntries(lone, [lone, event('x', '2020-02-01', cites('ref'))], SOURCES))).toBe(false);
  });
});
