import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixtures';

/**
 * Vitest mirrors import.meta.env into process.env (BASE_URL, MODE, PROD…) and
 * sets NODE_ENV=test; a child build must not inherit them, or it builds
 * something other than what `npm run build` does.
 */
const TEST_RUNNER_VARIABLES = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/u;

function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)));
  return { ...env, ...extra };
}

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
    env: cleanEnvironment(env),
    timeout: 120_000,
  });
}
