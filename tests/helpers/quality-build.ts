import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './fixtures';
import { runBin } from './run';

export interface SiteBuild {
  /** The built site. */
  dist: string;
  /** Astro's output, for the assertion message when the build fails. */
  output: string;
  status: number | null;
  remove: () => Promise<void>;
}

/**
 * Builds the site from another content directory into a fresh folder under
 * .tmp/. The build gets its own Astro cache (the content data store), and,
 * its output lying inside the project, its own prerender folder, so that it
 * cannot mix its content with a build other tests run at the same time.
 */
export async function buildSiteFrom(contentDir: string): Promise<SiteBuild> {
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  const work = await mkdtemp(path.join(ROOT, '.tmp', 'quality-build-'));
  const config = path.join(work, 'astro.config.mjs');
  const projectConfig = pathToFileURL(path.join(ROOT, 'astro.config.mjs')).href;
  await writeFile(
    config,
    `import config from ${JSON.stringify(projectConfig)};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(path.join(work, 'cache'))} };\n`,
  );
  const dist = path.join(work, 'dist');
  const run = runBin('astro', ['build', '--config', path.relative(ROOT, config), '--outDir', dist], {
    TIMELINE_CONTENT_DIR: contentDir,
  });
  return {
    dist,
    output: `${run.stdout}${run.stderr}`,
    status: run.status,
    remove: () => rm(work, { recursive: true, force: true }),
  };
}
