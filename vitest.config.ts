import { defineConfig } from 'vitest/config';

/**
 * The tests in four tiers, each a Vitest project, run alone with
 * `vitest run --project <name>` and all together by `vitest run`:
 *
 * - unit: pure code, in Node or (tests/dom, per file with `// @vitest-environment jsdom`)
 *   in jsdom. No build, no browser, no child process: it runs anywhere, in seconds.
 * - content: the content rules on real and malformed content, and the CLIs.
 * - build: reads the site built once for the run (tests/setup/build-site.ts),
 *   and builds it again where the test is about building.
 * - browser: drives Chromium over that build (tests/helpers/browser.ts).
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.ts'],
          testTimeout: 5_000,
          hookTimeout: 5_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts', 'tests/ingest/**/*.test.ts'],
          // Each CLI test starts tsx in a child process.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          // Some tests build the site again, with other content or settings.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          // Builds of other content (hostile content, a sub-path) happen inside these tests.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
