/**
 * `npm run check:content`: validates content/ with the rules the build uses,
 * printing every problem (file → field: reason) and exiting non-zero on any.
 */
import path from 'node:path';
import { formatProblem } from '../lib/content/problems';
import { readContent } from '../lib/content/read-content';

const dir = path.resolve(process.argv[2] ?? 'content');
const { content, problems } = await readContent(dir);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${path.relative(process.cwd(), dir) || '.'}`);
  process.exit(1);
}
console.log(`content OK: ${content.sources.length} sources, ${content.events.length} events`);
