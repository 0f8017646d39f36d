import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCopy, replaceExactly } from '../helpers/quality-broken';
import { DIST } from '../helpers/fixtures';
import { describeVnuErrors, vnuErrors } from '../helpers/quality-vnu';

describe('the built HTML (W3C Nu HTML checker)', () => {
  it('has no error on any page', async () => {
    const pages = (await readdir(DIST, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length, 'no HTML pages in dist/, which tests/setup/build-site.ts builds').toBeGreaterThan(60);
    const errors = vnuErrors(DIST);
    expect(describeVnuErrors(errors), `${errors.length} errors in ${pages.length} pages`).toBe('');
  });

  it('reports, with file and line, a duplicate id and a stray end tag on a deliberately broken copy of a page', async () => {
    const broken = await brokenCopy({
      'about/index.html': (html) => replaceExactly(html, '<h1>', '<p id="main"></div><h1>'),
    });
    try {
      const errors = vnuErrors(broken.dir, [path.join(broken.dir, 'about/index.html')]);
      const report = describeVnuErrors(errors);
      expect(report).toMatch(/^about\/index\.html:\d+:\d+: Duplicate ID “main”/mu);
      expect(report).toMatch(/^about\/index\.html:\d+:\d+: Stray end tag “div”/mu);
    } finally {
      await broken.remove();
    }
  });
});
