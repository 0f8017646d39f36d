import { z } from 'astro/zod';
import { PRECISIONS, parseEdtf, precisionOf } from './edtf';

/** Lower-case words joined by hyphens: the form of every entry id and file name. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z.string().regex(ID_PATTERN, {
  error: 'must be lower-case words joined by hyphens, e.g. "review-conference-2024"',
});

export const Text = z.string().trim().min(1, { error: 'must not be empty' });

/** An EDTF level-0 date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const EdtfDate = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : 'must be a quoted date string such as "2024-01-09", "2024-01" or "2024"',
  })
  .superRefine((value, ctx) => {
    const parsed = parseEdtf(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  // `edtf` marks the field (and every copy made by .describe()) for the JSON Schema's pattern.
  .meta({ edtf: true, description: 'EDTF level-0 date: YYYY, YYYY-MM or YYYY-MM-DD; its form is its precision.' });

const Precision = z.enum(PRECISIONS);

/** What could not be found is marked so, never invented. */
const Unknown = z.literal('unknown');

export function orUnknown<T extends z.ZodType>(schema: T) {
  return z.union([schema, Unknown]);
}

/**
 * A date with its precision stated and, when it is reasoned rather than read
 * from a source, the reasoning.
 */
export const Dating = z
  .strictObject({
    date: EdtfDate,
    precision: Precision,
    inferred: z.boolean().default(false),
    reason: Text.optional(),
  })
  .superRefine((dating, ctx) => {
    if (parseEdtf(dating.date).ok && precisionOf(dating.date) !== dating.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `says "${dating.precision}" but "${dating.date}" has ${precisionOf(dating.date)} precision`,
      });
    }
    if (dating.inferred && !dating.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an inferred date must say why' });
    }
  });

export const Url = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
