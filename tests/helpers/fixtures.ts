import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const BASELINE = path.join(FIXTURES, 'content-baseline');
/** The site as the build and browser tiers' global setup built it for this run. */
export const DIST = path.join(ROOT, 'dist');

/** A fresh copy of the valid baseline content with `overlay` copied over it. */
export async function contentWith(overlay?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-content-'));
  await cp(BASELINE, dir, { recursive: true });
  if (overlay) await cp(overlay, dir, { recursive: true, force: true });
  return dir;
}
