import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/quality-axe';
import { brokenCopy, replaceExactly, type BrokenCopy } from '../helpers/quality-broken';
import { COLOR_SCHEMES, PAGE_KINDS, settle } from '../helpers/quality-pages';
import { useBrowser } from '../helpers/browser';

const browser = useBrowser();
let url: string;
// Undefined when its hook failed: the cleanup must not hide that failure.
let broken: BrokenCopy | undefined;
beforeAll(async () => {
  url = await browser.serve();
  broken = await brokenCopy({
    'about/index.html': (html) =>
      replaceExactly(
        replaceExactly(html, '<h1>', '<img src="/favicon.png"><input type="text" name="q"><h1>'),
        '</h1>',
        '</h1><p style="color:#999;background:#aaa">Faint text</p>',
      ),
  });
});
afterAll(() => broken?.remove());

describe('accessibility of the built site (axe-core: WCAG 2.2 A and AA, best practices)', () => {
  for (const colorScheme of COLOR_SCHEMES) {
    for (const kind of PAGE_KINDS) {
      it(`finds no violation on ${kind.name} in the ${colorScheme} colour scheme`, async () => {
        // axe is injected as an inline script, which the site's Content-Security-Policy forbids.
        const { page, context } = await browser.open(`${url}${kind.path.slice(1)}`, { colorScheme, bypassCSP: true });
        await settle(page, kind);
        const violations = await axeViolations(page);
        await context.close();
        expect(describeViolations(violations), `axe violations on ${kind.path} (${colorScheme})`).toBe('');
      });
    }
  }

  it('reports a missing alt text, an unlabelled field and poor contrast on a deliberately broken copy of a page', async () => {
    const brokenUrl = await browser.serve(broken!.dir);
    const { page, context } = await browser.open(`${brokenUrl}about/`, { bypassCSP: true });
    const rules = (await axeViolations(page)).map((violation) => violation.id);
    await context.close();
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
  });
});
