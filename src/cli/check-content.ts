/**
 * `npm run check:content [DIR]`: validates a content folder (default content/)
 * with the rules the build uses, printing every problem (file → field: reason)
 * and exiting non-zero on any. A folder that does not exist, or holds no
 * entries at all, is an error too: "content OK" must mean content was checked.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../lib/content/problems';
import { describeTranslationCoverage, translationCoverage } from '../lib/content/localized';
import { readContent } from '../lib/content/read-content';

const dir = path.resolve(process.argv[2] ?? 'content');
const shown = path.relative(process.cwd(), dir) || '.';
const isFolder = await stat(dir).then(
  (info) => info.isDirectory(),
  () => false,
);
if (!isFolder) {
  console.error(`check:content: ${shown} is not a folder; give the content folder (default: content)`);
  process.exit(2);
}
const { content, problems, drafts } = await readContent(dir);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${String(problems.length)} problem(s) in ${shown}`);
  process.exit(1);
}
if (content.events.length === 0 && content.sources.length === 0) {
  console.error(`check:content: ${shown} holds no entries (it should have sources/ and events/ folders of .md files)`);
  process.exit(1);
}
const unpublished = drafts.length > 0 ? `, ${String(drafts.length)} drafts (checked, not published)` : '';
console.log(
  `content OK: ${String(content.sources.length)} sources, ${String(content.events.length)} events${unpublished}`,
);
console.log(describeTranslationCoverage(translationCoverage(content.events)));
