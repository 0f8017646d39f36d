import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { crawl, type Crawl } from '../helpers/crawl';
import type { EventsJson } from '../../src/schemas/events-json';
import { DIST } from '../helpers/fixtures';

let server: StaticServer;
let result: Crawl;
let data: EventsJson;
beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(DIST, 'data/events.json'), 'utf8')) as EventsJson;
  server = await serveStatic(DIST);
  result = await crawl(server.url);
});
afterAll(() => server.close());

describe('the built site’s links', () => {
  it('resolve, every one, anchors included', () => {
    expect(result.broken).toEqual([]);
  });

  it('reach a page for every event and every source', () => {
    for (const event of data.events) expect(result.pages.has(new URL(event.url, server.url).href), event.id).toBe(true);
    for (const source of data.sources)
      expect(result.pages.has(new URL(source.page, server.url).href), source.id).toBe(true);
  });

  it('reach the about page and the data file', () => {
    expect(result.pages.has(new URL('about/', server.url).href)).toBe(true);
    expect(result.requested.has(new URL('data/events.json', server.url).href)).toBe(true);
  });
});
