import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST } from './fixtures';

export interface BrokenCopy {
  dir: string;
  remove: () => Promise<void>;
}

/**
 * A temporary copy of the built site with some files changed or added, to
 * show that a quality gate fails when the site breaks it. A function edits
 * a file's text; a string or buffer is written as the file's whole content.
 */
export async function brokenCopy(
  changes: Record<string, ((text: string) => string) | string | Buffer>,
  dist = DIST,
): Promise<BrokenCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'quality-broken-'));
  await cp(dist, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const full = path.join(dir, file);
    if (typeof change === 'function') {
      const before = await readFile(full, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the change to ${file} changed nothing: the page no longer matches it`);
      await writeFile(full, after);
    } else {
      await writeFile(full, change);
    }
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** `text` with `from` replaced by `to`; throws when `from` is not in `text`, so a break cannot silently miss. */
export function replaceExactly(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the page: the deliberate break would change nothing`);
  return text.replace(from, () => to);
}
