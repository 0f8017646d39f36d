import type { z } from 'astro/zod';

/** Plain words for a Zod issue; the field itself is named by the caller. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      // A vocabulary (partners, series) says in its own words where the valid values are.
      if (!issue.message.startsWith('Invalid option')) return issue.message;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      // A field that may also be "unknown": explain the branch that was meant.
      const meant = issue.errors.find((branch) => branch.length > 0)?.[0];
      return meant ? `${describeIssue(meant)} (or "unknown")` : issue.message;
    }
    default:
      return issue.message;
  }
}
