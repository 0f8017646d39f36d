/** One reason an entry is rejected: which file, which field, and why. */
export interface ContentProblem {
  file: string;
  field: string;
  reason: string;
}

export function formatProblem({ file, field, reason }: ContentProblem): string {
  return `${file} → ${field}: ${reason}`;
}

/** Thrown when content breaks a rule; lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check failed with ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Formats a Zod issue path as it would be written in the frontmatter: `sources[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
