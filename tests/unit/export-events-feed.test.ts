import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toEventsFeed } from '../../src/lib/export/events-feed';
import { EventsJson } from '../../src/schemas/events-json';
import { BASE, SITE, eventRecord } from '../helpers/event-records';

// In events.json's chronological order, as toEventsJson writes it.
const JSON_DATA: EventsJson = {
  version: '1.0.0',
  updated: '2026-11-28',
  events: [
    eventRecord('asean-chairmanship-2020', { start: '2020', precision: 'year', type: 'multilateral-meeting' }),
    eventRecord('defence-expo-2022', {
      title: 'Vietnam International Defence Expo 2022 & "friends"',
      type: 'defence-industry-expo',
      start: '2022-12-08',
      end: '2022-12-10',
      summary: 'The **first** expo, at [Gia Lam](https://example.org/gia-lam): R&D, 1 < 2.',
    }),
    eventRecord('review-conference-2023-first-half', { start: '2023-07', precision: 'month' }),
    eventRecord('dien-bien-phu-victory-70th-anniversary', {
      kind: 'anniversary',
      type: 'anniversary',
      start: '2024-05-07',
      anniversary: { ordinal: 70, base: { title: 'Dien Bien Phu Victory', date: '1954-05-07' } },
    }),
  ],
  sources: [],
};

interface ParsedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  category: string[];
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

/** The feed as XMLParser gives it, attributes prefixed with "@_". */
interface ParsedFeed {
  rss: {
    '@_version': string;
    channel: { link: string; 'atom:link': { '@_href': string; '@_rel': string }; item: ParsedItem[] };
  };
}

const parseFeed = (xml: string) => parser.parse(xml) as ParsedFeed;

async function renderFeed() {
  const xml = await getRssString(toEventsFeed(JSON_DATA, SITE, BASE, 'Test site'));
  const channel = parseFeed(xml).rss.channel;
  return { xml, channel, items: channel.item };
}

describe('toEventsFeed rendered by @astrojs/rss', () => {
  it('is built from data that the events.json schema accepts', () => {
    expect(EventsJson.safeParse(JSON_DATA).success).toBe(true);
  });

  it('is well-formed RSS 2.0 whose channel links to the home page under the base and to itself', async () => {
    const { xml, channel } = await renderFeed();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 moves its validator to the fast-xml-validator package; until the tests use that, this one still checks well-formedness.
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseFeed(xml).rss['@_version']).toBe('2.0');
    expect(channel.link).toBe('https://mirror.example.net/mirror/timeline/');
    expect(channel['atom:link']['@_href']).toBe('https://mirror.example.net/mirror/timeline/feed.xml');
    expect(channel['atom:link']['@_rel']).toBe('self');
  });

  it('lists every entry once, newest first, each linking to its page by an absolute URL that keeps the base', async () => {
    const { items } = await renderFeed();
    expect(items.map((item) => item.link)).toEqual([
      'https://mirror.example.net/mirror/timeline/events/dien-bien-phu-victory-70th-anniversary/',
      'https://mirror.example.net/mirror/timeline/events/review-conference-2023-first-half/',
      'https://mirror.example.net/mirror/timeline/events/defence-expo-2022/',
      'https://mirror.example.net/mirror/timeline/events/asean-chairmanship-2020/',
    ]);
  });

  it('dates each item by the first day its event could be, at UTC midnight', async () => {
    const { items } = await renderFeed();
    expect(items.map((item) => item.pubDate)).toEqual([
      'Tue, 07 May 2024 00:00:00 GMT',
      'Sat, 01 Jul 2023 00:00:00 GMT',
      'Thu, 08 Dec 2022 00:00:00 GMT',
      'Wed, 01 Jan 2020 00:00:00 GMT',
    ]);
  });

  it('gives the title as written and the summary as plain text, without Markdown syntax, escaped for XML', async () => {
    const { items } = await renderFeed();
    const expo = items.find((item) => item.link.endsWith('/defence-expo-2022/'))!;
    expect(expo.title).toBe('Vietnam International Defence Expo 2022 & "friends"');
    expect(expo.description).toBe('The first expo, at Gia Lam: R&D, 1 < 2.');
  });

  it('files each item under its lane and type', async () => {
    const { items } = await renderFeed();
    expect(items[0]!.category).toEqual(['anniversary', 'anniversary']);
  });
});

describe('the feed’s independence from the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders the same bytes at any time, having no lastBuildDate', async () => {
    vi.useFakeTimers({ now: new Date('2030-06-01T12:00:00Z') });
    const first = await getRssString(toEventsFeed(JSON_DATA, SITE, BASE, 'Test site'));
    vi.setSystemTime(new Date('2041-11-30T23:59:59Z'));
    const second = await getRssString(toEventsFeed(JSON_DATA, SITE, BASE, 'Test site'));
    expect(second).toBe(first);
    expect(first).not.toContain('lastBuildDate');
  });
});
