import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE, FIXTURES } from '../helpers/fixtures';
import { runBin } from '../helpers/run';

const check = (dir: string) => runBin('tsx', ['src/cli/check-content.ts', dir]);

describe('npm run check:content', () => {
  it('says what it checked when the content passes', () => {
    const run = check(BASELINE);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('content OK: 2 sources, 3 events');
  });

  it('names the file, the field and the reason of each problem, and exits 1', () => {
    const run = check(path.join(FIXTURES, 'malformed', 'missing-title'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/events\/sample-conference\.md → title: is required/u);
  });

  it('refuses a folder that does not exist, rather than calling nothing OK', () => {
    const run = check('no-such-dir');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-dir is not a folder');
    expect(run.stdout).not.toContain('content OK');
  });

  it('refuses an empty folder', async () => {
    const run = check(await mkdtemp(path.join(tmpdir(), 'timeline-empty-')));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('holds no entries');
  });
});
