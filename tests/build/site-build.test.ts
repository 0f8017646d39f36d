import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-content';
import type { Content } from '../../src/lib/content/model';
import { compareChronologically } from '../../src/lib/dates/chronological-order';
import { EventsJson } from '../../src/schemas/events-json';
import { ITEMS_GLOBAL } from '../../src/lib/timeline/data-globals';
import { unpackTimeline, type PackedTimeline } from '../../src/lib/timeline/packed-data';
import { FIXTURES, ROOT, contentWith } from '../helpers/fixtures';
import { runBin } from '../helpers/run';
import { readBuilt } from '../helpers/built';

let content: Content;
let json: EventsJson;
beforeAll(async () => {
  content = await loadContent(path.join(ROOT, 'content'), ROOT);
  json = EventsJson.parse(JSON.parse(await readBuilt('data/events.json')));
});

describe('the built site', () => {
  it('publishes every event and every source in /data/events.json, valid against its schema', () => {
    expect(json.events.map((e) => e.id).sort()).toEqual(content.events.map((e) => e.id).sort());
    expect(json.sources.map((s) => s.id).sort()).toEqual(content.sources.map((s) => s.id).sort());
  });

  it('lists events in chronological order, not in the string order of their dates, with their citations and page paths', () => {
    // Not string order: "2020-01" sorts before "2020" as text, but a date known only to the year may start earlier.
    const ids = json.events.map((e) => e.id);
    expect(ids).toEqual([...json.events].sort(compareChronologically).map((e) => e.id));
    for (const event of json.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      expect(event.url).toBe(`/events/${event.id}/`);
    }
  });

  it('has a real content set: every seed and every raw article is an article source, and every lane has entries', () => {
    // The five seeds of content/seeds/ and the five review-conference reports ingested beside them.
    expect(json.sources.filter((s) => s.type === 'article')).toHaveLength(10);
    for (const kind of ['event', 'anniversary', 'rotation'] as const) {
      expect(
        json.events.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it('gives the home page’s timeline every entry from /data/timeline.js, keeping the entries out of its HTML', async () => {
    const html = await readBuilt('index.html');
    const script = await readBuilt('data/timeline.js');
    const version = /src="\/data\/timeline\.js\?v=([0-9a-f]{12})"/u.exec(html)?.[1];
    expect(version, 'the page loads the data script, versioned').toBeDefined();
    const sandbox: { self?: Record<string, unknown>; performance: { mark: () => void } } = {
      performance: { mark() {} },
    };
    sandbox.self = sandbox;
    runInNewContext(script, sandbox);
    const items = unpackTimeline(sandbox.self[ITEMS_GLOBAL] as PackedTimeline);
    expect(items.map((item) => item.id)).toEqual(json.events.map((e) => e.id));
    // The HTML does not grow with the content: no entry is written into it.
    for (const event of json.events) expect(html, event.id).not.toContain(`id="${event.id}"`);
    expect(html).not.toMatch(/<script[^>]*src="https?:/u);
  });

  it('is byte-identical when built again from the same content', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'timeline-rebuild-'));
    const run = runBin('astro', ['build', '--outDir', outDir]);
    expect(run.status, run.stderr).toBe(0);
    expect(await readBuilt('data/events.json', outDir)).toBe(await readBuilt('data/events.json'));
    expect(await readBuilt('index.html', outDir)).toBe(await readBuilt('index.html'));
  });

  it('stops with the file, field and reason when content breaks a rule', async () => {
    const dir = await contentWith(path.join(FIXTURES, 'malformed/quote-not-in-source'));
    const outDir = await mkdtemp(path.join(tmpdir(), 'timeline-broken-'));
    const run = runBin('astro', ['build', '--outDir', outDir], { TIMELINE_CONTENT_DIR: dir });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(
      /events\/sample-conference\.md → sources\[0\]\.quote: is not found verbatim in the text of source "sample-article"/u,
    );
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
