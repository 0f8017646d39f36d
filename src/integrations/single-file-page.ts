import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes every page as `<name>/index.html`; the single-file copy is
 * meant to be downloaded and opened as a file, so it is moved to `<name>.html`
 * (one per edition: `timeline-offline.html`, `vi/timeline-offline.html`).
 */
export function singleFilePage(names: readonly string[]): AstroIntegration {
  return {
    name: 'single-file-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const name of names) {
          await rename(`${out}${name}/index.html`, `${out}${name}.html`);
          await rm(`${out}${name}`, { recursive: true });
        }
      },
    },
  };
}
