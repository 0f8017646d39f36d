// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type information from the TypeScript project service (tsconfig.json), file by file.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused arguments named with a leading underscore document a required signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Numbers and booleans read naturally in messages; objects and nullish values still may not be interpolated.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  ...astro.configs.recommended,
  {
    // Astro components and plain JavaScript (config files, the benchmark's classic scripts) are
    // outside what the TypeScript project service can type for ESLint: the syntax rules still apply.
    files: ['**/*.astro', '**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Benchmark adapters run as classic scripts beside the libraries they drive.
    files: ['scripts/bench/adapters/**'],
    languageOptions: { sourceType: 'script', globals: { vis: 'readonly', TL: 'readonly' } },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests assert on values they have just checked exist.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
