import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';

export interface Bundle {
  code: string;
  /** Short content hash, for cache-busting the script's URL. */
  version: string;
}

let cached: Promise<Bundle> | undefined;

/**
 * The timeline's client code as one classic (non-module) script. A classic
 * script loads where a module cannot: inside `<iframe sandbox="allow-scripts">`
 * (an opaque origin, where module scripts need CORS headers a static host does
 * not send) and inlined in the single-file page opened from file://.
 */
export function timelineBundle(): Promise<Bundle> {
  const make = async () => {
    // Astro runs from the project root; the page's own module URL points into the build output.
    const entry = path.resolve(process.cwd(), 'src/client/defence-timeline.ts');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      write: false,
    });
    const code = result.outputFiles[0]?.text ?? '';
    return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 12) };
  };
  // In development the client changes between requests; a build bundles once.
  if (!import.meta.env.PROD) return make();
  cached ??= make();
  return cached;
}
