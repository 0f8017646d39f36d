/**
 * `npm run ingest -- [options] FILE...`: turns raw article texts into source
 * entries in content/sources/, keeping each raw text in content/seeds/ with
 * its checksum recorded. Never prompts, never overwrites an entry without
 * --force (nor ever a different seed of the same name), and exits non-zero if
 * any file could not be ingested.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringifyMarkdown } from '../lib/content/frontmatter';
import { sha256 } from '../lib/content/read-content';
import { ID_PATTERN } from '../schemas/fields';
import { TitleFrom } from '../schemas/source';
import { FORMATS } from '../schemas/vocabulary/types';
import { IngestError, ingestArticle, type IngestOptions, type IngestResult } from '../lib/ingest/ingest-article';
import { draftEvents, type Draft } from '../lib/ingest/draft-events';

const USAGE = `Usage: npm run ingest -- [options] FILE...

Turns raw article text files into source entries (content/sources/<id>.md), and keeps
each raw text beside them in content/seeds/ (never replacing a different file of that name).

Options (apply to every FILE; give one FILE when setting per-article values):
  --id ID                  entry id (default: the file name, lower-cased)
  --out DIR                where to write (default: content/sources)
  --published DATE         publication date, YYYY[-MM[-DD]]
  --url URL                address of the published article
  --publisher NAME         publisher, when the text has no dateline
  --title TEXT             the article's headline
  --title-from HOW         ${TitleFrom.options.join(', ')} (default: headline)
  --language CODE          language of the text (default: en)
  --translator NAME        translator, when the text does not name one
  --conference-date DATE   date of the reported conference
  --conference-place NAME  place of the reported conference
  --conference-format F    ${FORMATS.join(', ')}
  --period START[/END]     period the conference reviewed
  --draft-events           also write candidate timeline entries to content/drafts/ (beside --out),
                           one per event the text reports, plans or names (see npm run drafts)
  --force                  overwrite an existing entry (and drafts)
  --dry-run                print the entry instead of writing it
  --help                   show this help`;

const { values: flags, positionals: files } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        out: { type: 'string', default: 'content/sources' },
        published: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        title: { type: 'string' },
        'title-from': { type: 'string' },
        language: { type: 'string' },
        translator: { type: 'string' },
        'conference-date': { type: 'string' },
        'conference-place': { type: 'string' },
        'conference-format': { type: 'string' },
        period: { type: 'string' },
        'draft-events': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();

if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
if (files.length === 0) {
  console.error(`ingest: no FILE given\n\n${USAGE}`);
  process.exit(2);
}
if (flags.id !== undefined && files.length > 1) {
  console.error('ingest: --id names one entry; give one FILE with it');
  process.exit(2);
}
const CHOICES = {
  'conference-format': FORMATS,
  'title-from': TitleFrom.options,
};
for (const [flag, choices] of Object.entries(CHOICES)) {
  const value = flags[flag as keyof typeof CHOICES];
  if (value !== undefined && !(choices as readonly string[]).includes(value)) {
    console.error(`ingest: --${flag} must be one of ${choices.join(', ')}; not "${value}"`);
    process.exit(2);
  }
}
const format = flags['conference-format'] as IngestOptions['conferenceFormat'];
const titleFrom = flags['title-from'] as IngestOptions['titleFrom'];

function defaultId(file: string): string {
  return path
    .basename(file)
    .replace(/\.[^.]+$/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

function excerpt(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function report(file: string, target: string, result: IngestResult, wrote: boolean): void {
  const lines = [`${file} → ${target}${wrote ? '' : ' (dry run, not written)'}`];
  lines.push('  found:');
  for (const { field, value, from } of result.found) lines.push(`    ${field}: ${value}    [from ${excerpt(from)}]`);
  lines.push(`    captions: ${result.data.captions?.length ?? 0} kept apart`);
  if (result.unknown.length > 0) {
    lines.push('  not found, marked unknown:');
    for (const { field, flag } of result.unknown) lines.push(`    ${field}    (supply with ${flag})`);
  }
  lines.push(`  candidate timeline items (${result.candidates.length}):`);
  for (const { kind, text, paragraph } of result.candidates) lines.push(`    [${kind}] ${text}    (¶${paragraph})`);
  console.log(lines.join('\n'));
}

function reportDrafts(drafts: readonly Draft[], dir: string, wrote: boolean): void {
  const lines = [`  draft timeline entries (${drafts.length})${wrote ? '' : ', not written'}:`];
  for (const { id, data, unknown } of drafts) {
    const facts = [data.status, data.start ?? 'no date', ...(data.partners ?? []), data.series?.id].filter(Boolean);
    lines.push(`    ${path.join(dir, `${id}.md`)}: ${data.title ?? '(untitled)'} [${facts.join(', ')}]`);
    lines.push(`      quote: "${excerpt(data.sources[0]?.quote ?? '')}"`);
    for (const line of unknown) lines.push(`      unknown: ${line}`);
  }
  console.log(lines.join('\n'));
}

async function ingestFile(file: string): Promise<void> {
  const id = flags.id ?? defaultId(file);
  if (!ID_PATTERN.test(id))
    throw new IngestError(`gives the id "${id}", which is not lower-case words joined by hyphens: pass --id`);
  const options: IngestOptions = { seedName: path.basename(file) };
  for (const [key, flag] of [
    ['published', 'published'],
    ['url', 'url'],
    ['publisher', 'publisher'],
    ['title', 'title'],
    ['language', 'language'],
    ['translator', 'translator'],
    ['conferenceDate', 'conference-date'],
    ['conferencePlace', 'conference-place'],
    ['period', 'period'],
  ] as const) {
    const value = flags[flag];
    if (value !== undefined) options[key] = value;
  }
  if (format !== undefined) options.conferenceFormat = format;
  if (titleFrom !== undefined) options.titleFrom = titleFrom;

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new IngestError(`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  options.seedSha256 = sha256(bytes);
  const result = ingestArticle(bytes, options);
  const text = stringifyMarkdown(result.data, result.body);
  const target = path.join(flags.out, `${id}.md`);
  // The raw text goes beside the entries, in seeds/, so that the build can check every quote against it.
  const seed = path.join(path.dirname(path.resolve(flags.out)), 'seeds', options.seedName);
  const kept = await readFile(seed).catch(() => undefined);
  if (kept !== undefined && !kept.equals(bytes)) {
    throw new IngestError(
      `has the name of a different file already in ${path.relative(process.cwd(), seed)}: rename it and ingest again`,
    );
  }
  const published = result.data.published === 'unknown' ? undefined : result.data.published.date;
  const drafts = flags['draft-events']
    ? draftEvents({
        sourceId: id,
        paragraphs: result.body.split('\n\n'),
        language: result.data.language ?? 'en',
        ...(published ? { published } : {}),
        metadata: result.metadata,
        candidates: result.candidates,
      })
    : [];
  const draftDir = path.join(path.dirname(path.resolve(flags.out)), 'drafts');
  const shownDraftDir = path.relative(process.cwd(), draftDir);
  if (flags['dry-run']) {
    console.log(text);
    for (const draft of drafts)
      console.log(`# ${path.join(shownDraftDir, `${draft.id}.md`)}\n${stringifyMarkdown(draft.data, '')}`);
    report(file, target, result, false);
    if (flags['draft-events']) reportDrafts(drafts, shownDraftDir, false);
    return;
  }
  if (!flags.force) {
    // Every draft is checked before anything is written, so that a refusal leaves nothing half done.
    for (const draft of drafts) {
      const draftFile = path.join(draftDir, `${draft.id}.md`);
      if (
        await readFile(draftFile).then(
          () => true,
          () => false,
        )
      ) {
        throw new IngestError(
          `would overwrite the draft ${path.relative(process.cwd(), draftFile)}: pass --force to replace it`,
        );
      }
    }
  }
  await mkdir(flags.out, { recursive: true });
  try {
    // "wx" fails if the file exists, so nothing is overwritten between a check and the write.
    await writeFile(target, text, { flag: flags.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new IngestError(`would overwrite ${target}, which exists: pass --force to replace it`);
    }
    throw error;
  }
  if (kept === undefined) {
    await mkdir(path.dirname(seed), { recursive: true });
    await writeFile(seed, bytes, { flag: 'wx' });
  }
  if (drafts.length > 0) await mkdir(draftDir, { recursive: true });
  for (const draft of drafts) {
    await writeFile(path.join(draftDir, `${draft.id}.md`), stringifyMarkdown(draft.data, ''), {
      flag: flags.force ? 'w' : 'wx',
    });
  }
  report(file, target, result, true);
  if (flags['draft-events']) reportDrafts(drafts, shownDraftDir, true);
  console.log(`  raw text kept as ${path.relative(process.cwd(), seed)} (SHA-256 ${options.seedSha256})`);
}

let failures = 0;
for (const file of files) {
  try {
    await ingestFile(file);
  } catch (error) {
    failures += 1;
    if (error instanceof IngestError) console.error(`ingest: ${file} ${error.message}`);
    else console.error(`ingest: ${file}: ${(error as Error).stack ?? String(error)}`);
  }
}
if (failures > 0) {
  console.error(`ingest: ${failures} of ${files.length} file(s) failed; nothing was written for them`);
  process.exit(1);
}
