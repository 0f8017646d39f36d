import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import { quoteAppearsIn } from '../../src/lib/content/quotes';
import { SourceFrontmatter, type ArticleSource } from '../../src/schemas/source';
import { ROOT } from '../helpers/fixtures';
import { sha256 } from '../../src/lib/content/read-content';
import { runBin } from '../helpers/run';

const SEEDS = path.join(ROOT, 'content/seeds');
const seed = (name: string) => path.join(SEEDS, name);

function ingest(args: string[]) {
  return runBin('tsx', ['src/cli/ingest.ts', ...args]);
}

async function ingestSeed(name: string, out: string, extra: string[] = []) {
  const run = ingest(['--out', out, '--id', 'entry', ...extra, seed(name)]);
  expect(run.status, run.stderr).toBe(0);
  const text = await readFile(path.join(out, 'entry.md'), 'utf8');
  const { data, body } = parseFrontmatter(text);
  const parsed = SourceFrontmatter.safeParse(data);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return { entry: parsed.data as ArticleSource, body, report: run.stdout };
}

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'timeline-ingest-'));
});
const fresh = () => mkdtemp(path.join(out, 'case-'));

describe('the ingest CLI on the seed articles', () => {
  it('reads seed 000 as a VNA report of the 9 January 2024 conference in Hanoi reviewing 2023', async () => {
    const { entry, body, report } = await ingestSeed('000_6568e26aaee02ab6.txt', await fresh());
    expect(entry.publisher).toBe('Vietnam News Agency (VNA)');
    expect(entry.published).toMatchObject({ date: '2024-01-09', precision: 'day' });
    expect(entry.conference).toMatchObject({
      date: { date: '2024-01-09', precision: 'day', inferred: true },
      place: 'Hanoi',
      format: 'hybrid',
    });
    expect(entry.period).toEqual({ start: '2023', end: '2023' });
    expect(entry.translator).toBe('unknown');
    expect(entry.url).toBe('unknown');
    expect(entry.captions).toEqual([
      'At a flag hoisting ceremony to hand over field hospital, level 2 to Vietnam in South Sudan (Photo: vietnamhoinhap.vn)',
    ]);
    expect(body).not.toMatch(/Photo:|^ ?date 2024/mu);
    expect(
      quoteAppearsIn(
        'During a hybrid conference in Hanoi on January 9, convened to evaluate the Defence Ministry’s 2023 global integration and defence external activities',
        body,
      ),
    ).toBe(true);
    expect(report).toContain('[anniversary] 70th anniversary of the Dien Bien Phu Victory');
    expect(report).toContain('[expo] second Vietnam International Defence Expo');
    expect(report).toMatch(/not found, marked unknown:[\s\S]*url/u);
  });

  it('reads seed 001 as an online review of the first half of 2023, date unknown, translated by Tran Hoai', async () => {
    const { entry, body, report } = await ingestSeed('001_6de3eb4f7f04c14d.txt', await fresh());
    expect(entry.translator).toBe('Tran Hoai');
    expect(entry.period).toEqual({ start: '2023-01', end: '2023-06' });
    expect(entry.conference).toEqual({ date: 'unknown', place: 'unknown', format: 'online' });
    expect(entry.published).toBe('unknown');
    expect(entry.captions).toEqual([
      'Delegates at the conference',
      'Senior Lieutenant General Hoang Xuan Chien speaks at the event.',
      'At the online meeting',
    ]);
    expect(body).not.toContain('leftcenterrightdel');
    expect(body).not.toContain('Translated by');
    expect(report).toContain('[exchange] 8th Vietnam - China Border Defense Friendship Exchange');
    expect(report).toContain('[exchange] first Vietnam - Laos - Cambodia Border Defense Friendship Exchange');
    expect(report).toContain('[rotation] Engineering Company Rotation 2');
    expect(report).toContain('[rotation] Level-2 Field Hospital Rotation 5');
  });

  it('reads seed 002 without inventing the date or period it does not state', async () => {
    const { entry } = await ingestSeed('002_7354f2e135ed65f4.txt', await fresh());
    expect(entry.translator).toBe('Minh Anh');
    expect(entry.period).toBe('unknown');
    expect(entry.conference.date).toBe('unknown');
    expect(entry.captions).toEqual(['An overview of the event']);
  });

  it('reads seed 003 as a hybrid review of 2024 naming Engineering Rotation 3 and Field Hospital Rotation 6', async () => {
    const { entry, report } = await ingestSeed('003_5f003c14a313cd72.txt', await fresh());
    expect(entry.translator).toBe('Quynh Oanh');
    expect(entry.period).toEqual({ start: '2024', end: '2024' });
    expect(entry.conference.format).toBe('hybrid');
    expect(entry.captions).toHaveLength(2);
    expect(report).toContain('[rotation] Engineering Company Rotation 3');
    expect(report).toContain('[rotation] Level-2 Field Hospital Rotation 6');
    expect(report).toContain('[expo] Vietnam Defense Expo 2024');
  });

  it('reads seed 004 as a VNA report from Hanoi reviewing 2015–2018, dating it only when told the year', async () => {
    const withoutYear = await ingestSeed('004_5f04958c5ccbd3db.txt', await fresh());
    expect(withoutYear.entry.publisher).toBe('Vietnam News Agency (VNA)');
    expect(withoutYear.entry.conference.place).toBe('Hanoi');
    expect(withoutYear.entry.conference.date).toBe('unknown');
    expect(withoutYear.entry.period).toEqual({ start: '2015', end: '2018' });
    expect(withoutYear.body.trimEnd()).toMatch(/2015-2018\.$/u);

    const withYear = await ingestSeed('004_5f04958c5ccbd3db.txt', await fresh(), ['--published', '2018-08-28']);
    expect(withYear.entry.conference.date).toMatchObject({ date: '2018-08-28', precision: 'day', inferred: true });
  });

  it('writes the same bodies as the committed source entries', async () => {
    const committed = await readdir(path.join(ROOT, 'content/sources'));
    for (const file of committed.filter((name) => name.startsWith('article-'))) {
      const { data, body } = parseFrontmatter(await readFile(path.join(ROOT, 'content/sources', file), 'utf8'));
      const { body: fresh_ } = await ingestSeed(String(data.seed), await fresh());
      expect(fresh_, file).toBe(body);
    }
  });
});

describe('the ingest CLI on bad input', () => {
  async function rejects(bytes: Uint8Array | string, message: RegExp) {
    const dir = await fresh();
    const input = path.join(dir, 'input.txt');
    await writeFile(input, bytes);
    const run = ingest(['--out', path.join(dir, 'out'), input]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('input.txt');
    await expect(readdir(path.join(dir, 'out'))).rejects.toThrow();
  }

  it('rejects an empty file', () => rejects('', /is empty/u));
  it('rejects a file of whitespace', () => rejects(' \n\t\n', /holds only whitespace/u));
  it('rejects a binary file', () => rejects(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/u));
  it('rejects a page stamp with an impossible date, saying which, with no stack trace', () =>
    rejects(
      `date 2023-02-30\nA headline\n\n${'Some words of the article. '.repeat(20)}\n\n${'More words. '.repeat(20)}`,
      /page stamp "date 2023-02-30" that is not a real day(?![\s\S]*\n\s+at )/u,
    ));
  it('rejects text that is not UTF-8', () =>
    rejects(Buffer.from('Hội nghị tổng kết năm 2024 '.repeat(20), 'latin1'), /not UTF-8/u));
  it('rejects an HTML page', () => rejects('<!doctype html><html><body>News</body></html>', /HTML page/u));
  it('rejects JSON', () => rejects('{"title": "not an article"}', /JSON/u));
  it('rejects a text too short to be an article', () =>
    rejects('Hanoi (VNA) – A short note.\n\nNothing more.', /does not look like a news article: 8 words/u));

  it('rejects a missing file', () => {
    const run = ingest(['--out', out, path.join(out, 'no-such-file.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-such-file\.txt cannot be read: ENOENT/u);
  });

  it('rejects unknown flags and bad flag values with usage, writing nothing', async () => {
    const dir = await fresh();
    const unknownFlag = ingest(['--out', dir, '--colour', 'red', seed('000_6568e26aaee02ab6.txt')]);
    expect(unknownFlag.status).toBe(2);
    expect(unknownFlag.stderr).toMatch(/Unknown option '--colour'[\s\S]*Usage:/u);
    const badDate = ingest(['--out', dir, '--published', '28/08/2018', seed('004_5f04958c5ccbd3db.txt')]);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('--published "28/08/2018" is not YYYY, YYYY-MM or YYYY-MM-DD');
    const badUrl = ingest(['--out', dir, '--url', 'javascript:alert(1)', seed('004_5f04958c5ccbd3db.txt')]);
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toContain('url: must be an http(s) address');
    expect(await readdir(dir)).toEqual([]);
  });

  it('never overwrites an existing entry without --force', async () => {
    const dir = await fresh();
    const target = path.join(dir, 'entry.md');
    await writeFile(target, 'curated work\n');
    const run = ingest(['--out', dir, '--id', 'entry', seed('000_6568e26aaee02ab6.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('would overwrite');
    expect(run.stderr).toContain('--force');
    expect(await readFile(target, 'utf8')).toBe('curated work\n');

    const forced = ingest(['--out', dir, '--id', 'entry', '--force', seed('000_6568e26aaee02ab6.txt')]);
    expect(forced.status).toBe(0);
    expect(await readFile(target, 'utf8')).toContain('type: article');
  });

  it('writes the good files of a batch and fails for the bad one', async () => {
    const dir = await fresh();
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '');
    const run = ingest(['--out', path.join(dir, 'out'), seed('001_6de3eb4f7f04c14d.txt'), empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 of 2 file(s) failed');
    expect(await readdir(path.join(dir, 'out'))).toEqual(['001-6de3eb4f7f04c14d.md']);
  });
});

describe('the ingest CLI keeps the raw text it read', () => {
  const ARTICLE = seed('04_qdnd-q1-2022-defense-diplomacy-review.txt');
  const checkContent = (dir: string) => runBin('tsx', ['src/cli/check-content.ts', dir]);

  it('copies a file from anywhere into seeds/ beside the entries, records its checksum, and the content then checks', async () => {
    const content = path.join(await fresh(), 'content');
    // A copy outside the repository: the entry must not depend on where it was read from.
    const elsewhere = path.join(await fresh(), 'report.txt');
    await copyFile(ARTICLE, elsewhere);
    const run = ingest(['--out', path.join(content, 'sources'), '--id', 'q1-2022', elsewhere]);
    expect(run.status, run.stderr).toBe(0);
    const bytes = await readFile(elsewhere);
    expect(await readFile(path.join(content, 'seeds', 'report.txt'))).toEqual(bytes);
    const { data } = parseFrontmatter(await readFile(path.join(content, 'sources', 'q1-2022.md'), 'utf8'));
    expect(data).toMatchObject({ seed: 'report.txt', seedSha256: sha256(bytes) });
    const checked = checkContent(content);
    expect(checked.status, checked.stderr).toBe(0);

    // A changed seed no longer matches the entry: the check names the file, the field and why.
    await writeFile(path.join(content, 'seeds', 'report.txt'), `${bytes.toString('utf8')}\nAn added line.`);
    const changed = checkContent(content);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toMatch(
      /sources\/q1-2022\.md → seedSha256: content\/seeds\/report\.txt is not the file that was ingested/u,
    );
  });

  it('never replaces a different file of the same name in seeds/, and then writes nothing', async () => {
    const content = path.join(await fresh(), 'content');
    await mkdir(path.join(content, 'seeds'), { recursive: true });
    await writeFile(path.join(content, 'seeds', 'report.txt'), 'another text');
    const elsewhere = path.join(await fresh(), 'report.txt');
    await copyFile(ARTICLE, elsewhere);
    const run = ingest(['--out', path.join(content, 'sources'), elsewhere]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has the name of a different file already in .*seeds\/report\.txt: rename it/u);
    expect(await readFile(path.join(content, 'seeds', 'report.txt'), 'utf8')).toBe('another text');
    await expect(readdir(path.join(content, 'sources'))).rejects.toThrow();
  });

  it('reads raw review reports as they say: the headline, the period reviewed, and no date taken from a document', async () => {
    const dir = await fresh();
    const read = (name: string) => {
      const run = ingest(['--dry-run', '--out', path.join(dir, 'sources'), seed(name)]);
      expect(run.status, run.stderr).toBe(0);
      return parseFrontmatter(run.stdout.slice(0, run.stdout.indexOf('\n---\n', 4) + 5)).data;
    };
    expect(read('02_vov-2016-external-defence-relations-2010-2015-review.txt')).toMatchObject({
      title: 'External defence relations reviewed',
      titleFrom: 'headline',
      conference: { place: 'Hanoi' },
      period: { start: '2010', end: '2015' },
      captions: [],
    });
    expect(read('04_qdnd-q1-2022-defense-diplomacy-review.txt')).toMatchObject({
      title: 'Conference held to review international integration and defense diplomacy in first quarter',
      conference: { date: 'unknown' },
      period: { start: '2022-01', end: '2022-03' },
    });
  });
});

describe('the ingest CLI on a Vietnamese report', () => {
  it('reads it in Vietnamese conventions, states what the text says, and takes nothing from a document, a plan, a caption, a byline or the page', async () => {
    const dir = await fresh();
    const file = path.join(ROOT, 'tests/fixtures/ingest/vi-review-report.txt');
    const run = ingest([
      '--out',
      path.join(dir, 'content', 'sources'),
      '--id',
      'vi-report',
      '--published',
      '2022-03-26',
      file,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const text = await readFile(path.join(dir, 'content', 'sources', 'vi-report.md'), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    const { data, body } = parseFrontmatter(text);
    expect(data).toMatchObject({
      title: 'Hội nghị đánh giá công tác đối ngoại quốc phòng quý I',
      titleFrom: 'headline',
      language: 'vi',
      conference: {
        // "Ngày 25-3" has no year: the publication date places it, and the entry says so.
        date: { date: '2022-03-25', precision: 'day', inferred: true },
        place: 'Hà Nội',
        format: 'hybrid',
      },
      // Not the 2016-2021 review the units "sẽ chuẩn bị", nor the circular's 21-11-2021.
      period: { start: '2022-01', end: '2022-03' },
      captions: ['Quang cảnh hội nghị. (Ảnh: Minh Anh)'],
    });
    expect((data as { conference: { date: { reason: string } } }).conference.date.reason).toContain('"Ngày 25-3"');
    expect(body.startsWith('Ngày 25-3, tại Hà Nội')).toBe(true);
    for (const removed of ['(QĐND)', 'NGUYỄN AN', 'Xem thêm', 'Ảnh:']) expect(body).not.toContain(removed);
    // The report says what was removed and where each value came from.
    expect(run.stdout).toMatch(/removed: byline: NGUYỄN AN/u);
    expect(run.stdout).toMatch(/removed: site tag: \(QĐND\)/u);
    expect(run.stdout).toMatch(/period: 2022-01 to 2022-03 {4}\[from Ngày 25-3/u);
  });
});

describe('the ingest CLI on an English report full of traps', () => {
  it('takes the venue over the dateline, the reviewed year apart from the conference’s, and nothing from a document or a plan', () => {
    const file = path.join(ROOT, 'tests/fixtures/ingest/en-traps-report.txt');
    const run = ingest(['--dry-run', '--out', path.join(out, 'traps', 'sources'), '--published', '2024-01-10', file]);
    expect(run.status, run.stderr).toBe(0);
    const { data, body } = parseFrontmatter(run.stdout.slice(0, run.stdout.indexOf('\n---\n', 4) + 5));
    expect(data).toMatchObject({
      title: 'Defence diplomacy reviewed at year-end conference',
      publisher: 'Vietnam News Agency (VNA)',
      language: 'en',
      // The dateline says Hanoi; the conference was in Da Nang.
      conference: { place: 'Da Nang', date: { date: '2024-01-09', inferred: true } },
      // 2023 was reviewed; the 2019-2024 review and 15 June are plans, 3 March 2022 a decision's date.
      period: { start: '2023', end: '2023' },
      captions: ['A soldier stands guard outside the venue (Photo: VNA)'],
    });
    expect(body).not.toContain('Read more');
    expect(run.stdout).toMatch(/removed: page furniture: Read more: Defence news in brief/u);
  });
});
