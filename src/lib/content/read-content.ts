import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { CoverageFile } from '../../schemas/coverage';
import { VersionsFile } from '../../schemas/versions';
import { DraftFrontmatter } from '../../schemas/draft';
import { EventFrontmatter } from '../../schemas/event';
import { ID_PATTERN } from '../../schemas/fields';
import { SourceFrontmatter } from '../../schemas/source';
import { parseFrontmatter, parseYaml } from './frontmatter';
import type { Content, DraftEntry } from './model';
import { ContentError, fieldPath, type ContentProblem } from './problems';
import { checkContent, checkDrafts } from './rules';
import { describeIssue } from './zod-issues';

/** The dataset's versions and what each changed, in the content folder. */
const VERSIONS_FILE = 'versions.yaml';
/** Candidate entries written by the ingest CLI, for a curator to complete and move into events/. */
export const DRAFTS_FOLDER = 'drafts';

interface RawFile {
  id: string;
  file: string;
  text: string;
}

/** Markdown files below `dir`, skipping `_draft.md`-style names as Astro's glob does. */
async function listMarkdown(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md') && !path.basename(name).startsWith('_'))
    .sort()
    .map((name) => path.join(dir, name));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readRawFiles(dir: string, displayRoot: string, problems: ContentProblem[]) {
  const files: RawFile[] = [];
  const paths = await listMarkdown(dir);
  // Read all at once (the reads overlap), then checked in name order, so that problems come in a stable order.
  const texts = await Promise.all(
    paths.map((absolute) =>
      readFile(absolute)
        .then((bytes) => utf8.decode(bytes))
        .catch(() => null),
    ),
  );
  paths.forEach((absolute, index) => {
    const file = path.relative(displayRoot, absolute).split(path.sep).join('/');
    const id = path.basename(absolute, '.md');
    const text = texts[index];
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, field: 'id', reason: `file name "${id}" must be lower-case words joined by hyphens` });
    } else if (text === null || text === undefined) {
      problems.push({ file, field: '(file)', reason: 'is not valid UTF-8 text' });
    } else {
      files.push({ id, file, text });
    }
  });
  return files;
}

function parseEntries<S extends z.ZodType>(files: RawFile[], schema: S, problems: ContentProblem[]) {
  const entries: { id: string; file: string; data: z.output<S>; body: string }[] = [];
  const bodies = new Map<string, string>();
  for (const { id, file, text } of files) {
    let parsed;
    try {
      parsed = parseFrontmatter(text);
    } catch (error) {
      problems.push({ file, field: '(frontmatter)', reason: `is not valid YAML: ${(error as Error).message}` });
      continue;
    }
    bodies.set(id, parsed.body);
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (result.success) entries.push({ id, file, data: result.data, body: parsed.body });
    else
      for (const issue of result.error.issues)
        problems.push({ file, field: fieldPath(issue.path), reason: describeIssue(issue) });
  }
  return { entries, bodies };
}

async function listYaml(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  return names
    .map(String)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** A YAML file of the content read through its schema; undefined (and its problems noted) when it breaks one. */
async function readYaml<T extends z.ZodType>(
  absolute: string,
  displayRoot: string,
  schema: T,
  problems: ContentProblem[],
): Promise<z.output<T> | undefined> {
  const file = path.relative(displayRoot, absolute).split(path.sep).join('/');
  let data: unknown;
  try {
    data = parseYaml(utf8.decode(await readFile(absolute)));
  } catch (error) {
    problems.push({ file, field: '(file)', reason: `is not valid YAML in UTF-8: ${(error as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ file, field: fieldPath(issue.path), reason: describeIssue(issue) });
    return undefined;
  }
  return result.data;
}

async function readCoverage(dir: string, displayRoot: string, problems: ContentProblem[]): Promise<Content['coverage']> {
  const coverage: Content['coverage'] = { omitted: [], notFound: [] };
  for (const absolute of await listYaml(dir)) {
    const file = path.relative(displayRoot, absolute).split(path.sep).join('/');
    const data = await readYaml(absolute, displayRoot, CoverageFile, problems);
    if (!data) continue;
    coverage.omitted.push(...data.omitted.map((row) => ({ ...row, file })));
    coverage.notFound.push(...data.notFound.map((item) => ({ ...item, file })));
  }
  return coverage;
}

/** content/versions.yaml, the dataset's versions newest first; none when the file is absent. */
async function readVersions(file: string, displayRoot: string, problems: ContentProblem[]): Promise<Content['versions']> {
  if (!existsSync(file)) return [];
  return (await readYaml(file, displayRoot, VersionsFile, problems))?.versions ?? [];
}

export interface ReadContentResult {
  content: Content;
  problems: ContentProblem[];
  /** The candidate entries in content/drafts/: checked with the rest, never part of `content` (never published). */
  drafts: DraftEntry[];
}

/** The SHA-256 (hex) of a file's bytes: how an entry records the seed it was ingested from. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Each raw seed file's name and checksum. */
async function seedChecksums(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir).catch(() => [])).map(String);
  return new Map(await Promise.all(names.map(async (name) => [name, sha256(await readFile(path.join(dir, name)))] as const)));
}

/**
 * Reads `content/` (sources, events, drafts, seeds), validates every entry
 * with the shared schemas and checks every rule. Never throws for bad content: it
 * returns the problems so that callers can report all of them at once.
 */
export async function readContent(contentDir: string, displayRoot = process.cwd()): Promise<ReadContentResult> {
  const problems: ContentProblem[] = [];
  const sources = parseEntries(
    await readRawFiles(path.join(contentDir, 'sources'), displayRoot, problems),
    SourceFrontmatter,
    problems,
  );
  const events = parseEntries(
    await readRawFiles(path.join(contentDir, 'events'), displayRoot, problems),
    EventFrontmatter,
    problems,
  );
  const drafts = parseEntries(
    await readRawFiles(path.join(contentDir, DRAFTS_FOLDER), displayRoot, problems),
    DraftFrontmatter,
    problems,
  ).entries;
  const seedFiles = await seedChecksums(path.join(contentDir, 'seeds'));
  const coverage = await readCoverage(path.join(contentDir, 'coverage'), displayRoot, problems);
  const versions = await readVersions(path.join(contentDir, VERSIONS_FILE), displayRoot, problems);
  const content: Content = { sources: sources.entries, events: events.entries, coverage, versions };
  const context = { sourceBodies: sources.bodies, seedFiles, drafts };
  problems.push(...checkContent(content, context), ...checkDrafts(drafts, context));
  return { content, problems, drafts };
}

/**
 * A fingerprint of the content files (names, sizes, modification times): equal
 * fingerprints mean the content need not be read again.
 */
export async function contentFingerprint(contentDir: string): Promise<string> {
  const files = [
    ...(await listMarkdown(path.join(contentDir, 'sources'))),
    ...(await listMarkdown(path.join(contentDir, 'events'))),
    // A draft is checked with the rest, so a change to one must be read again (it is never published).
    ...(await listMarkdown(path.join(contentDir, DRAFTS_FOLDER))),
    ...(await listYaml(path.join(contentDir, 'coverage'))),
    ...[path.join(contentDir, VERSIONS_FILE)].filter((file) => existsSync(file)),
    ...(await readdir(path.join(contentDir, 'seeds')).catch(() => [])).map((name) => path.join(contentDir, 'seeds', name)),
  ];
  const stamps = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file);
      return `${file}:${info.size}:${info.mtimeMs}`;
    }),
  );
  return stamps.join('\n');
}

/** Reads and checks the content; throws a ContentError naming every problem. */
export async function loadContent(contentDir: string, displayRoot?: string): Promise<Content> {
  const { content, problems } = await readContent(contentDir, displayRoot);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
