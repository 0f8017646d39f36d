import type { KnipConfig } from 'knip';

/** `@import '…'` in a stylesheet, as an import knip can follow (the fonts come from npm packages). */
const cssImports = (text: string): string =>
  [...text.matchAll(/@import\s+(?:url\()?['"]([^'"]+)['"]/gu)]
    .map(([, specifier]) => `import '${specifier}';`)
    .join('\n');

const config: KnipConfig = {
  // The Astro plugin adds src/pages/**, astro.config.mjs and what it imports (the
  // integrations); the Vitest plugin adds vitest.config.ts, its projects' test files
  // and their global setup.
  entry: [
    // Command-line programs, run by npm scripts through tsx.
    'src/cli/*.ts',
    'scripts/*.ts',
    // The timeline's browser code: src/site/timeline-bundle.ts bundles it with esbuild
    // from this path, which no import names.
    'src/client/defence-timeline.ts',
    // The benchmark's adapters are classic scripts that the benchmark's HTML pages load
    // with <script src> beside the libraries they drive (scripts/bench/run.ts copies them).
    'scripts/bench/adapters/*.js',
  ],
  project: ['src/**/*.{ts,astro,css}', 'scripts/**/*.{ts,js}', 'tests/**/*.ts', '*.{ts,mjs}'],
  compilers: { css: cssImports },
  ignoreDependencies: [
    // The Node 22 binary (node_modules/.bin/node) that the npm scripts run on; nothing imports it.
    'node',
  ],
  ignoreBinaries: [
    // The system's Java runs the W3C checker's jar (tests/helpers/quality-vnu.ts); .ci/run installs it.
    'java',
  ],
};

export default config;
