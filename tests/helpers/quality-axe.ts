import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SCRIPT = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core on the whole document. The script is added inline, so the
 * page's context needs `bypassCSP: true` (the site's policy forbids inline scripts).
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    AXE_TAGS,
  );
  return results.violations;
}

/** One line per failing element: rule, impact, selector and axe's failure summary. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/gu, ' ')}`,
      ),
    )
    .join('\n');
}
