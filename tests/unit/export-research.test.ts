import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { codebook, codebookMarkdown } from '../../src/lib/export/codebook';
import {
  dcadMainCsv,
  mmeExercisesCsv,
  nduCsv,
  partnerYearCountsCsv,
  stateColumn,
} from '../../src/lib/export/research-exports';
import { EventRecord, type EventsJson } from '../../src/schemas/events-json';
import { EVENT_TYPES } from '../../src/schemas/vocabulary/types';
import { eventRecord } from '../helpers/event-records';

const JSON_DATA: EventsJson = {
  version: '1.0.0',
  updated: '2026-11-28',
  events: [
    eventRecord('vision-statement', {
      type: 'agreement-signed',
      start: '2015-06-01',
      partners: ['us'],
      scope: 'bilateral',
      sources: [{ source: 'dod', quote: 'signed', supports: ['event', 'start'] }],
    }),
    eventRecord('protocol', { type: 'agreement-signed', start: '2018-09', partners: ['fr', 'asean', 'au'] }),
    eventRecord('visit', {
      type: 'senior-visit',
      direction: 'inbound',
      start: '2016-03-28',
      partners: ['cn'],
      people: [{ name: 'Chang Wanquan' }, { name: 'Ngô Xuân Lịch' }],
    }),
    eventRecord('review', { type: 'review-conference', start: '2016-08-17' }),
    eventRecord('admm', { type: 'multilateral-meeting', start: '2016-05-25', partners: ['asean'] }),
    eventRecord('admm-2', { type: 'multilateral-meeting', start: '2016-11', partners: ['asean'] }),
  ],
  sources: [
    {
      id: 'dod',
      type: 'reference',
      title: 'Joint vision statement',
      publisher: 'US Department of Defense',
      mirror: null,
      published: '2015-06-01',
      language: 'en',
      url: 'https://www.defense.gov/x',
      publisherKind: 'unknown',
      page: '/sources/dod/',
    },
  ],
};

/** With an exercise and a joint patrol, the rows of the exercise export. */
const WITH_EXERCISES: EventsJson = {
  ...JSON_DATA,
  events: [
    ...JSON_DATA.events,
    eventRecord('patrol', {
      type: 'joint-patrol',
      start: '2017-04-05',
      end: '2017-04-07',
      place: 'Gulf of Tonkin',
      partners: ['cn'],
      series: { id: 'vietnam-china-gulf-of-tonkin-joint-patrol', number: 23 },
    }),
    eventRecord('maritime-exercise', {
      type: 'exercise',
      start: '2019-09',
      partners: ['us', 'asean', 'sg'],
    }),
  ],
};

const parse = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return csvParse(text.slice(1));
};

describe('the compatible exports', () => {
  it('give the agreement dataset’s 30 columns exactly, then our entry and source addresses', () => {
    const rows = parse(dcadMainCsv(JSON_DATA, (path) => `https://site.test${path}`));
    expect(rows.columns).toEqual(
      'ccode1,cowName1,ccode2,cowName2,signDay,signMonth,signYear,EIFDay,EIFMonth,EIFYear,type,category1,category2,category3,span,renewType,renewYears,terminated,durationActual,endYearEstimate,asymmetry,categoryConf,UNTS,fullText,sourceType,source,factivaConf,factivaSign,factivaEIF,DCAid,entry_id,entry_url,source_urls'.split(
        ',',
      ),
    );
    // One row per dyad with a partner country; ASEAN is not a state.
    expect(rows.map((row) => [row['entry_id'], row['ccode2']])).toEqual([
      ['vision-statement', '2'],
      ['protocol', '220'],
      ['protocol', '900'],
    ]);
    expect(rows[0]).toMatchObject({
      ccode1: '816',
      signDay: '1',
      signMonth: '6',
      signYear: '2015',
      type: '',
      DCAid: '',
    });
    expect(rows[0]?.['source_urls']).toBe('https://www.defense.gov/x');
    // Known to the month only: the day stays empty rather than guessed.
    expect(rows[1]).toMatchObject({ signDay: '', signMonth: '9', signYear: '2018' });
  });

  it('give the exercise dataset’s columns, a state column per participant, and leave unrecorded flags empty', () => {
    const rows = parse(mmeExercisesCsv(WITH_EXERCISES, (path) => `https://site.test${path}`));
    expect(rows.columns).toEqual([
      ...'MMEID,Ex_Name,Series_Name,Location,lat,lon,StartDate,s.year,s.month,s.day,EndDate,e.year,e.month,e.day,CPX,Air,Land,Sea,Amphibious,Cyber,Warfighting,Peacekeeping,Humanitarian,FocusDescription,AdditionalParticipantInfo'.split(
        ',',
      ),
      'StateA',
      'StateB',
      'StateC',
      'entry_id',
      'entry_url',
      'source_urls',
    ]);
    expect(rows.map((row) => row['entry_id'])).toEqual(['patrol', 'maritime-exercise']);
    expect(rows[0]).toMatchObject({
      Ex_Name: 'Title of patrol',
      Location: 'Gulf of Tonkin',
      StartDate: '4/5/17',
      's.day': '5',
      EndDate: '4/7/17',
      'e.year': '2017',
      StateA: 'Vietnam',
      StateB: 'China',
      StateC: '',
      Sea: '',
      MMEID: '',
    });
    expect(rows[0]?.['Series_Name']).not.toBe('');
    // Known to the month: no StartDate, the day empty; ASEAN is an organisation, not a state.
    expect(rows[1]).toMatchObject({ StartDate: '', 's.month': '9', 's.day': '', StateC: 'Singapore' });
    expect(rows[1]?.['AdditionalParticipantInfo']).toMatch(/ASEAN/u);
    expect([0, 25, 26, 27].map(stateColumn)).toEqual(['StateA', 'StateZ', 'StateAA', 'StateAB']);
  });

  it('give NDU’s columns, with only its three categories', () => {
    const rows = parse(nduCsv(JSON_DATA));
    expect(rows.columns).toEqual([
      'year',
      'date',
      'activity_category',
      'direction',
      'partner_country',
      'region',
      'participants',
    ]);
    expect([...rows]).toEqual([
      {
        year: '2016',
        date: '2016-03-28',
        activity_category: 'senior-level-visit',
        direction: 'inbound',
        partner_country: 'China',
        region: '',
        participants: 'Chang Wanquan; Ngô Xuân Lịch',
      },
    ]);
  });

  it('count entries per partner, year and type', () => {
    const rows = parse(partnerYearCountsCsv(JSON_DATA));
    expect(rows.columns).toEqual(['partner', 'partner_name', 'cow_code', 'year', 'type', 'entries']);
    expect(rows.find((row) => row['partner'] === 'asean' && row['year'] === '2016')).toMatchObject({
      type: 'multilateral-meeting',
      entries: '2',
      cow_code: '',
    });
    expect(rows.find((row) => row['partner'] === 'us')).toMatchObject({ cow_code: '2', year: '2015', entries: '1' });
    expect(rows.reduce((sum, row) => sum + Number(row['entries']), 0)).toBe(7);
  });
});

describe('the codebook', () => {
  const book = codebook();

  it('lists every field of the published schema and every type of the typology with its crosswalk', () => {
    expect(book.fields.events.filter((row) => row.depth === 0).map((row) => row.field)).toEqual(
      Object.keys(EventRecord.shape),
    );
    const types = book.vocabularies['types'] as { code: string; ndu: string | null }[];
    expect(types.map((type) => type.code)).toEqual(EVENT_TYPES);
    expect(types.find((type) => type.code === 'port-call')?.ndu).toBe('naval-port-call');
  });

  it('says how every column of every compatible export is filled', () => {
    expect(book.exports['compat/dcad-main.csv']).toHaveLength(33);
    for (const columns of Object.values(book.exports)) {
      for (const column of columns) expect(column.filled, column.column).not.toBe('');
    }
    const markdown = codebookMarkdown(book);
    expect(markdown).toContain('### /data/compat/dcad-main.csv');
    expect(markdown).toContain('| port-call | naval-port-call |');
  });
});
