/**
 * `npm run drafts [DIR]`: lists each candidate entry in DIR/drafts/ (default
 * content/) with what it still lacks before promotion. Always exits 0: it
 * reports, and `npm run check:content` is the check.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listDrafts } from '../lib/content/list-drafts';
import { DRAFTS_FOLDER, readContent } from '../lib/content/read-content';

const dir = path.resolve(process.argv[2] ?? 'content');
const folder = path.relative(process.cwd(), path.join(dir, DRAFTS_FOLDER)).split(path.sep).join('/');
const exists = await stat(path.join(dir, DRAFTS_FOLDER)).then(
  (info) => info.isDirectory(),
  () => false,
);
if (!exists) {
  console.log(`No drafts: ${folder}/ does not exist (npm run ingest -- --draft-events FILE writes them there).`);
} else {
  const { drafts, problems } = await readContent(dir);
  console.log(listDrafts(drafts, problems, folder));
}
