import Ajv2020 from 'ajv/dist/2020';
import { csvParse } from 'd3-dsv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { earliestDay, latestDay } from '../../src/schemas/edtf';
import { EventsJson } from '../../src/schemas/events-json';
import { DIST } from '../helpers/fixtures';
import { runBin } from '../helpers/run';
import { readBuilt } from '../helpers/built';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The files this test is about, as paths under dist/. */
const DATA_FILES = ['data/events.json', 'data/events.csv', 'data/events.ics', 'data/events.schema.json'];

/** `YYYY-MM-DD` of a UTC day, the form ical.js gives DATE values. */
const isoDay = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);

/** Each cited source once, in the order first cited. */
const citedSourceIds = (event: EventsJson['events'][number]) => [...new Set(event.sources.map((c) => c.source))];

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });

/** The built XML files, in the shape XMLParser gives them (items, urls and sitemaps always as arrays). */
interface ParsedXml {
  rss: { channel: { item: { link: string; pubDate: string }[] } };
  sitemapindex: { sitemap: { loc: string }[] };
  urlset: { url: { loc: string }[] };
}

const xml = { parse: (text: string) => parser.parse(text) as ParsedXml };

/** The parts of a JSON Schema document these tests read. */
interface SchemaDocument {
  $schema: unknown;
  $id: unknown;
  title: unknown;
}

const readSchema = async (dist: string) =>
  JSON.parse(await readBuilt('data/events.schema.json', dist)) as SchemaDocument;

interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  isDate: boolean;
  url: string;
  location: string;
}

function parseCalendar(text: string): CalendarEvent[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      start: start.toString(),
      end: end.toString(),
      isDate: start.isDate && end.isDate,
      url: String(vevent.getFirstPropertyValue('url')),
      location: String(vevent.getFirstPropertyValue('location')),
    };
  });
}

function feedLinks(feed: string): string[] {
  return xml.parse(feed).rss.channel.item.map((item) => item.link);
}

function compileSchema(schema: object) {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(schema);
}

/**
 * The data files are read from a build with a canonical address (SITE_URL) under a
 * sub-path, as a mirror would publish them: their links are then absolute. The
 * default build, with no address configured, is checked apart: it writes none.
 */
const site = 'https://mirror.example.net';
const base = '/mirror/timeline/';
const absolute = (sitePath: string) => new URL(sitePath, site).href;
let MIRROR: string;

let json: EventsJson;
let rawJson: unknown;
beforeAll(async () => {
  MIRROR = await mkdtemp(path.join(tmpdir(), 'timeline-data-mirror-'));
  const run = runBin('astro', ['build', '--outDir', MIRROR], { BASE: base, SITE_URL: site });
  if (run.status !== 0) throw new Error(`the mirror build failed:\n${run.stdout}\n${run.stderr}`);
  rawJson = JSON.parse(await readBuilt('data/events.json', MIRROR));
  json = EventsJson.parse(rawJson);
});

describe('/data/events.csv', () => {
  it('parses back with csvParse to one row per event with the same values as events.json', async () => {
    const rows = csvParse((await readBuilt('data/events.csv', MIRROR)).replace(/^\uFEFF/u, ''));
    expect(rows.map((row) => row['id'])).toEqual(json.events.map((event) => event.id));
    json.events.forEach((event, index) => {
      const row = rows[index]!;
      // A cell a spreadsheet would run as a formula carries a guarding apostrophe; none else differs.
      const text = (column: string) => row[column]!.replace(/^'(?=[=+\-@\t\r])/u, '');
      expect(
        {
          title: text('title'),
          kind: row['kind'],
          type: row['type'],
          start: row['start'],
          end: row['end'],
          precision: row['precision'],
          startInferred: text('start_inferred'),
          place: text('place'),
          partners: text('partners') === '' ? [] : text('partners').split('; '),
          scope: row['scope'],
          status: row['status'],
          url: row['url'],
          sources: row['sources']!.split('; '),
          anniversary: [row['anniversary_ordinal'], text('anniversary_base_title'), row['anniversary_base_date']],
          series: [row['series_id'], row['series_number']],
          rotation: [text('rotation_mission'), text('rotation_place')],
          summary: text('summary'),
        },
        event.id,
      ).toEqual({
        title: event.title,
        kind: event.kind,
        type: event.type,
        start: event.start,
        end: event.end ?? '',
        precision: event.precision,
        startInferred: event.startInferred ?? '',
        place: event.place,
        partners: event.partners,
        scope: event.scope,
        status: event.status,
        url: absolute(event.url),
        sources: citedSourceIds(event),
        anniversary: event.anniversary
          ? [String(event.anniversary.ordinal), event.anniversary.base.title, event.anniversary.base.date]
          : ['', '', ''],
        series: [event.series?.id ?? '', event.series?.number === undefined ? '' : String(event.series.number)],
        rotation: event.rotation ? [event.rotation.mission, event.rotation.place] : ['', ''],
        summary: event.summary,
      });
    });
  });

  it('ends every record with CRLF, as RFC 4180 asks', async () => {
    const csv = await readBuilt('data/events.csv', MIRROR);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"(?:[^"]|"")*"/gu, '')).not.toMatch(/[^\r]\n/u);
  });
});

describe('/data/events.ics', () => {
  it('parses with ical.js into one all-day VEVENT per event, dated as events.json dates it', async () => {
    const host = new URL(site).host;
    const calendar = parseCalendar(await readBuilt('data/events.ics', MIRROR));
    expect(calendar.map((vevent) => vevent.uid)).toEqual(json.events.map((event) => `${event.id}@${host}`));
    json.events.forEach((event, index) => {
      expect(calendar[index], event.id).toEqual({
        uid: `${event.id}@${host}`,
        start: isoDay(earliestDay(event.start)),
        end: isoDay(latestDay(event.end ?? event.start) + DAY_MS),
        isDate: true,
        url: absolute(event.url),
        location: event.place,
      });
    });
  });
});

describe('/feed.xml', () => {
  it('is well-formed XML with one item per event, newest first, each linking to its page by an absolute URL', async () => {
    const feed = await readBuilt('feed.xml', MIRROR);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 moves its validator to the fast-xml-validator package; until the tests use that, this one still checks well-formedness.
    expect(XMLValidator.validate(feed)).toBe(true);
    const items = xml.parse(feed).rss.channel.item;
    expect(items.map((item) => item.link).sort()).toEqual(json.events.map((event) => absolute(event.url)).sort());
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the sitemap', () => {
  it('is well-formed XML: an index pointing at sitemap-0.xml', async () => {
    const index = await readBuilt('sitemap-index.xml', MIRROR);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 moves its validator to the fast-xml-validator package; until the tests use that, this one still checks well-formedness.
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemaps = xml.parse(index).sitemapindex.sitemap;
    expect(sitemaps.map((sitemap) => sitemap.loc)).toContain(absolute(`${base}sitemap-0.xml`));
  });

  it('lists every event page, every source page and the about page', async () => {
    const sitemap = await readBuilt('sitemap-0.xml', MIRROR);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 moves its validator to the fast-xml-validator package; until the tests use that, this one still checks well-formedness.
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const listed = new Set(xml.parse(sitemap).urlset.url.map((url) => url.loc));
    const expected = [
      ...json.events.map((event) => absolute(event.url)),
      ...json.sources.map((source) => absolute(source.page)),
      absolute(`${base}about/`),
    ];
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
  });
});

describe('/data/events.schema.json', () => {
  it('is a draft 2020-12 schema identified by its own absolute URL', async () => {
    const schema = await readSchema(MIRROR);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(absolute(`${base}data/events.schema.json`));
    expect(typeof schema.title).toBe('string');
  });

  it('validates the built events.json with Ajv, and rejects a copy with an unknown kind or an impossible month', async () => {
    const validate = compileSchema(await readSchema(MIRROR));
    expect(validate(rawJson), JSON.stringify(validate.errors)).toBe(true);
    for (const [field, value] of [
      ['kind', 'battle'],
      ['start', '2024-13'],
    ] as const) {
      const broken = structuredClone(rawJson) as { events: Record<string, unknown>[] };
      broken.events[0]![field] = value;
      expect(validate(broken), `${field}: ${value}`).toBe(false);
    }
  });
});

/** The files each edition has of its own, and the bilingual files both share. */
const viTitles = () => new Set(json.events.map((event) => event.vi?.title));

describe('the data files in both languages', () => {
  it('carry each entry’s Vietnamese title and summary in events.json and in the CSV’s own columns', async () => {
    expect(json.events.every((event) => event.vi?.title && event.vi.summary)).toBe(true);
    const rows = csvParse((await readBuilt('data/events.csv', MIRROR)).replace(/^\uFEFF/u, ''));
    expect(rows.columns).toEqual(expect.arrayContaining(['vi_title', 'vi_summary', 'vi_place']));
    expect(rows.map((row) => row['vi_title'])).toEqual(json.events.map((event) => event.vi?.title));
  });

  it('give the Vietnamese edition its own feed: Vietnamese titles linking to Vietnamese pages', async () => {
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(
      await readBuilt('vi/feed.xml', MIRROR),
    ) as { rss: { channel: { language: string; item: { title: string; link: string }[] } } };
    const { channel } = feed.rss;
    expect(channel.language).toBe('vi');
    expect(channel.item).toHaveLength(json.events.length);
    expect(channel.item.every((item) => viTitles().has(item.title))).toBe(true);
    expect(channel.item.every((item) => item.link.startsWith(`${site}${base}vi/events/`))).toBe(true);
  });

  it('give the Vietnamese edition its own calendar, its entries named in Vietnamese', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await readBuilt('vi/data/events.ics', MIRROR)) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(json.events.length);
    const summaries = events.map((event) => String(event.getFirstPropertyValue('summary')));
    const titles = viTitles();
    // A title may follow a note of how precisely the day is known: "(chỉ biết tháng) ".
    expect(summaries.every((summary) => titles.has(summary.replace(/^\([^)]*\) /u, '')))).toBe(true);
    expect(summaries.some((summary) => summary.startsWith('(chỉ biết'))).toBe(true);
  });

  it('name each page in every edition by its absolute address (hreflang), the English as the default', async () => {
    const html = await readBuilt('vi/events/acdfm-17/index.html', MIRROR);
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/gu)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links).toEqual([
      ['en', `${site}${base}events/acdfm-17/`],
      ['vi', `${site}${base}vi/events/acdfm-17/`],
      ['x-default', `${site}${base}events/acdfm-17/`],
    ]);
  });

  it('give each edition its timeline data and its offline file, in its language', async () => {
    const data = await readBuilt('vi/data/timeline.js', DIST);
    expect(data).toContain(JSON.stringify(json.events[0]?.vi?.title).slice(1, -1).slice(0, 20));
    const offline = await readBuilt('vi/timeline-offline.html', DIST);
    expect(offline).toMatch(/^<!DOCTYPE html><html lang="vi"/u);
    expect(offline).toContain(json.events.at(-1)?.vi?.title ?? '—');
    expect(await readBuilt('timeline-offline.html', DIST)).toMatch(/^<!DOCTYPE html><html lang="en"/u);
  });
});

describe('building again', () => {
  it('gives byte-identical data files and feed', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'timeline-data-rebuild-'));
    const run = runBin('astro', ['build', '--outDir', outDir]);
    expect(run.status, run.stderr).toBe(0);
    for (const file of DATA_FILES) expect(await readBuilt(file, outDir), file).toBe(await readBuilt(file));
  });

  it('without SITE_URL, writes no address of its own: no feed, no sitemap, entry links as paths', async () => {
    expect(existsSync(path.join(DIST, 'feed.xml'))).toBe(false);
    expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(false);
    const defaultJson = EventsJson.parse(JSON.parse(await readBuilt('data/events.json')));
    const csv = csvParse((await readBuilt('data/events.csv')).replace(/^\uFEFF/u, ''));
    expect(csv.map((row) => row['url'])).toEqual(defaultJson.events.map((event) => `/events/${event.id}/`));
    const calendar = await readBuilt('data/events.ics');
    expect(calendar).not.toMatch(/^URL/mu);
    for (const file of [...DATA_FILES, 'index.html', 'about/index.html', 'timeline-offline.html']) {
      expect(await readBuilt(file), file).not.toMatch(/https?:\/\/[a-z.-]*example\.(?:org|net|com)/u);
    }
  });

  it('under a base path, makes every entry URL absolute with the site and that base', async () => {
    const outDir = MIRROR;
    const pagesUnderBase = json.events.map((e) => `https://mirror.example.net/mirror/timeline/events/${e.id}/`);
    const csvUrls = csvParse((await readBuilt('data/events.csv', outDir)).replace(/^\uFEFF/u, '')).map(
      (row) => row['url'],
    );
    const calendar = parseCalendar(await readBuilt('data/events.ics', outDir));
    expect(csvUrls).toEqual(pagesUnderBase);
    expect(calendar.map((vevent) => vevent.url)).toEqual(pagesUnderBase);
    expect(calendar.every((vevent) => vevent.uid.endsWith('@mirror.example.net'))).toBe(true);
    expect(feedLinks(await readBuilt('feed.xml', outDir)).sort()).toEqual([...pagesUnderBase].sort());
    expect((await readSchema(outDir)).$id).toBe('https://mirror.example.net/mirror/timeline/data/events.schema.json');
    // The single-file copy shares views at the site's address, not at its own file:// one.
    expect(await readBuilt('timeline-offline.html', outDir)).toContain(
      'data-share-url="https://mirror.example.net/mirror/timeline/"',
    );
  });
});
