import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, readContent } from '../../src/lib/content/read-content';
import { BASELINE, FIXTURES, ROOT } from '../helpers/fixtures';
import { runBin } from '../helpers/run';

const SEEDS = path.join(ROOT, 'content/seeds');
const FIVE = [
  '01_qdnd-h1-2021-external-defense-relations-review.txt',
  '02_vov-2016-external-defence-relations-2010-2015-review.txt',
  '03_vnaplus-q3-2019-defence-diplomacy-review.txt',
  '04_qdnd-q1-2022-defense-diplomacy-review.txt',
  '05_qdnd-q3-2018-defense-external-affairs-review.txt',
];

/** A copy of the baseline content, with the five articles and both fixtures ingested with --draft-events. */
let content: string;
beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'timeline-drafts-'));
  await cp(BASELINE, content, { recursive: true });
  const files = [
    ...FIVE.map((name) => path.join(SEEDS, name)),
    path.join(FIXTURES, 'ingest/en-traps-report.txt'),
    path.join(FIXTURES, 'ingest/vi-review-report.txt'),
  ];
  const run = runBin('tsx', ['src/cli/ingest.ts', '--out', path.join(content, 'sources'), '--draft-events', ...files]);
  expect(run.status, run.stderr).toBe(0);
});

describe('draft entries written by npm run ingest -- --draft-events', () => {
  it('writes a draft for each article and fixture into drafts/ beside the sources', async () => {
    const names = await readdir(path.join(content, 'drafts'));
    expect(names).toContain('01-qdnd-h1-2021-external-defense-relations-review-conference.md');
    expect(names).toContain('04-qdnd-q1-2022-defense-diplomacy-review-planned-conference.md');
    expect(names).toContain('en-traps-report-conference.md');
    expect(names).toContain('vi-review-report-planned-conference.md');
    expect(names).toHaveLength(10);
  });

  it('passes npm run check:content, which counts the drafts apart', () => {
    const run = runBin('tsx', ['src/cli/check-content.ts', content]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('10 drafts (checked, not published)');
  });

  it('fails npm run check:content, naming file, field and reason, when a draft misquotes its source', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'timeline-drafts-broken-'));
    await cp(content, broken, { recursive: true });
    const file = path.join(broken, 'drafts/en-traps-report-conference.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('held a conference in Da Nang', 'held a summit in Hue'),
    );
    const run = runBin('tsx', ['src/cli/check-content.ts', broken]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('drafts/en-traps-report-conference.md → sources[0].quote: is not found verbatim');
  });

  it('keeps drafts out of the content the site loads', async () => {
    const { drafts } = await readContent(content);
    const loaded = await loadContent(content);
    const ids = new Set([...loaded.events, ...loaded.sources].map(({ id }) => id));
    expect(drafts.length).toBe(10);
    for (const draft of drafts) expect(ids.has(draft.id), draft.id).toBe(false);
    expect(loaded.events.map(({ file }) => file).filter((file) => file.includes('drafts/'))).toEqual([]);
  });

  it('never overwrites a draft without --force, and writes nothing then', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'timeline-drafts-again-'));
    await cp(content, again, { recursive: true });
    const draft = path.join(again, 'drafts/en-traps-report-conference.md');
    await writeFile(draft, `${await readFile(draft, 'utf8')}A curator's summary.\n`);
    const fixture = path.join(FIXTURES, 'ingest/en-traps-report.txt');
    const args = [
      'src/cli/ingest.ts',
      '--out',
      path.join(again, 'sources'),
      '--id',
      'en-traps-report',
      '--draft-events',
    ];
    // With the source gone, only the draft stands in the way.
    await rm(path.join(again, 'sources/en-traps-report.md'));
    const refused = runBin('tsx', [...args, fixture]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('would overwrite the draft');
    expect(refused.stderr).not.toMatch(/\n\s+at /u);
    expect(await readFile(draft, 'utf8')).toContain("A curator's summary.");
    const forced = runBin('tsx', [...args, '--force', fixture]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(await readFile(draft, 'utf8')).not.toContain("A curator's summary.");
  });

  it('prints drafts with --dry-run instead of writing them', async () => {
    const dry = await mkdtemp(path.join(tmpdir(), 'timeline-drafts-dry-'));
    const run = runBin('tsx', [
      'src/cli/ingest.ts',
      '--out',
      path.join(dry, 'sources'),
      '--draft-events',
      '--dry-run',
      path.join(SEEDS, FIVE[2] ?? ''),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('drafts/03-vnaplus-q3-2019-defence-diplomacy-review-conference.md');
    expect(run.stdout).toContain('status: held');
    expect(await readdir(dry)).toEqual([]);
  });
});

describe('npm run drafts', () => {
  it('lists each draft with what it lacks before promotion, and exits 0', () => {
    const run = runBin('tsx', ['src/cli/drafts.ts', content]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('10 draft(s) in');
    expect(run.stdout).toMatch(
      /01-qdnd-h1-2021-external-defense-relations-review-conference\.md: \(untitled\) \[held\]/u,
    );
    expect(run.stdout).toContain('title: not set; the event schema requires it');
    expect(run.stdout).toContain('start: not set; the event schema requires it');
    expect(run.stdout).toContain('vi.title, vi.summary: no Vietnamese text');
    expect(run.stdout).toContain('summary: the Markdown body is empty');
    expect(run.stdout).toContain('partners: none named');
  });

  it('says so when there are no drafts, or no drafts folder', async () => {
    const none = await mkdtemp(path.join(tmpdir(), 'timeline-no-drafts-'));
    const missing = runBin('tsx', ['src/cli/drafts.ts', none]);
    expect(missing.status).toBe(0);
    expect(missing.stdout).toMatch(/No drafts: .*drafts\/ does not exist/u);
  });
});
