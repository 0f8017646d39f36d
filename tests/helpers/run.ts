import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixtures';

/** Runs a project binary on the same Node as the tests (Node 22, from the `node` package). */
export function runBin(
  bin: 'tsx' | 'astro',
  args: string[],
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  const entry = bin === 'tsx' ? 'node_modules/tsx/dist/cli.mjs' : 'node_modules/astro/bin/astro.mjs';
  return spawnSync(process.execPath, [path.join(ROOT, entry), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}
