import type { ContentProblem } from './problems';
import { formatProblem } from './problems';
import type { DraftEntry } from './model';
import { draftLacks } from './draft-lacks';

/**
 * The text of `npm run drafts`: each draft with what it still lacks before a
 * curator moves it into content/events/, and any draft that breaks a rule.
 */
export function listDrafts(drafts: readonly DraftEntry[], problems: readonly ContentProblem[], folder: string): string {
  const broken = problems.filter(({ file }) => file.startsWith(`${folder}/`));
  if (drafts.length === 0 && broken.length === 0) return `No drafts in ${folder}/.`;
  const lines = [`${drafts.length} draft(s) in ${folder}/, not published until moved into content/events/:`];
  for (const draft of drafts) {
    const quote = draft.data.sources[0]?.quote ?? '';
    lines.push('', `${draft.file}: ${draft.data.title ?? '(untitled)'} [${draft.data.status}${draft.data.start ? `, ${draft.data.start}` : ''}]`);
    lines.push(`  quote: "${quote.length > 80 ? `${quote.slice(0, 79)}…` : quote}"`);
    lines.push('  lacks:', ...draftLacks(draft).map((lack) => `    - ${lack}`));
  }
  if (broken.length > 0) {
    lines.push('', `${broken.length} problem(s) in drafts (npm run check:content fails on them):`);
    lines.push(...broken.map((problem) => `  ${formatProblem(problem)}`));
  }
  return lines.join('\n');
}
