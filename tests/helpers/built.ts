import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from './fixtures';

/** A file of a built site (by default the one the build tier's global setup, tests/setup/build-site.ts, builds). */
export async function readBuilt(file: string, dist = DIST): Promise<string> {
  const full = path.join(dist, file);
  if (!existsSync(full))
    throw new Error(
      `${full} is missing: the global setup of the build and browser tiers builds it (tests/setup/build-site.ts)`,
    );
  return readFile(full, 'utf8');
}
