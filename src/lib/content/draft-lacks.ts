import { z } from 'astro/zod';
import { EventFrontmatter } from '../../schemas/event';
import type { DraftEntry } from './model';
import { fieldPath } from './problems';
import { checkEvent } from './rules';
import { describeIssue } from './zod-issues';

/**
 * What a draft still lacks before a curator can move it into content/events/:
 * what the event schema and rules would reject (read from them, not listed
 * here by hand), and what every published entry carries although the schema
 * lets it go (the Vietnamese text, a summary), or says it is reasoned.
 */

/** The Vietnamese block's required fields, from the schema: "vi.title", "vi.summary". */
function requiredFieldsOf(schema: z.ZodType, prefix: string): string[] {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape as Record<string, z.ZodType>)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => `${prefix}.${key}`);
}

export function draftLacks({ file, data, body }: Pick<DraftEntry, 'file' | 'data' | 'body'>): string[] {
  const lacks: string[] = [];
  const full = EventFrontmatter.safeParse(data, { reportInput: true });
  if (full.success) {
    lacks.push(...checkEvent({ file, data: full.data }).map(({ field, reason }) => `${field}: ${reason}`));
  } else {
    const missing = (issue: z.core.$ZodIssue) => issue.input === undefined;
    lacks.push(
      ...full.error.issues.map(
        (issue) => `${fieldPath(issue.path)}: ${missing(issue) ? 'not set; the event schema requires it' : describeIssue(issue)}`,
      ),
    );
  }
  if (data.vi === undefined) {
    const fields = requiredFieldsOf(EventFrontmatter.shape.vi, 'vi');
    lacks.push(`${fields.join(', ')}: no Vietnamese text (every published entry has it)`);
  }
  if (body.trim() === '') lacks.push('summary: the Markdown body is empty (a curator writes it)');
  if (data.startInferred) lacks.push(`start: inferred, not stated: ${data.startInferred}`);
  if (data.endInferred) lacks.push(`end: inferred, not stated: ${data.endInferred}`);
  if ((data.partners ?? []).length === 0) lacks.push('partners: none named by the quoted sentences (right for a national event)');
  return lacks;
}
