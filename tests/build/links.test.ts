import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import type { EventsJson } from '../../src/schemas/events-json';
import { ROOT } from '../helpers/fixtures';

interface Crawl {
  pages: Map<string, string>;
  broken: string[];
  requested: Set<string>;
}

const LINK = /\s(?:href|src)="([^"]+)"/gu;

/** Follows every same-site link and asset from the home page, checking each target and #anchor exists. */
async function crawl(start: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const pages = new Map<string, string>();
  const statuses = new Map<string, number>();
  const broken: string[] = [];
  const queue = [start];
  const anchors: { from: string; url: URL }[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (statuses.has(url)) continue;
    const response = await fetch(url, { redirect: 'follow' });
    statuses.set(url, response.status);
    if (!response.ok) continue;
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    pages.set(url, html);
    for (const [, raw] of html.matchAll(LINK)) {
      const target = new URL(raw!.replace(/&amp;/gu, '&'), url);
      if (target.origin !== origin) continue;
      if (target.hash) anchors.push({ from: url, url: new URL(target) });
      target.hash = '';
      if (!statuses.has(target.href)) queue.push(target.href);
    }
  }
  for (const [url, status] of statuses) if (status !== 200) broken.push(`${status} ${url}`);
  for (const { from, url } of anchors) {
    const id = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const html = pages.get(url.href);
    if (html !== undefined && !html.includes(`id="${id}"`))
      broken.push(`missing #${id} in ${url.href} (linked from ${from})`);
  }
  return { pages, broken, requested: new Set(statuses.keys()) };
}

let server: StaticServer;
let result: Crawl;
let data: EventsJson;
beforeAll(async () => {
  data = JSON.parse(await readFile(path.join(ROOT, 'dist/data/events.json'), 'utf8')) as EventsJson;
  server = await serveStatic(path.join(ROOT, 'dist'));
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
