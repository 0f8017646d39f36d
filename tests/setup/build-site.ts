/**
 * Global setup of the build and browser tiers: builds dist/ from the project's
 * content once per test run, before any of their tests start.
 *
 * It always builds rather than reusing a dist/ it finds: a dist/ left from an
 * earlier build (other content, another BASE, an older checkout) would pass or
 * fail tests for the wrong reason, and a clean clone has none. The build takes
 * seconds. Both tiers list this file; Vitest runs the global setups of the
 * projects one after another in this process, and the second finds the first's
 * build in `globalThis`, so a run that includes both builds once.
 */
import { runBin } from '../helpers/run';

const BUILT = Symbol.for('timeline.tests.site-built');

type WithBuild = typeof globalThis & { [BUILT]?: true };

export default function buildSite(): void {
  const scope = globalThis as WithBuild;
  if (scope[BUILT]) return;
  const run = runBin('astro', ['build']);
  if (run.status !== 0)
    throw new Error(`"astro build" failed (exit ${String(run.status)}), so the build and browser tests cannot run:
${run.stdout}${run.stderr}${run.error ? String(run.error) : ''}`);
  scope[BUILT] = true;
}
