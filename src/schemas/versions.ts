import { z } from 'astro/zod';
import { EdtfDate, Text } from './fields';
import { precisionOf } from './edtf';

/** One version of the dataset: when it was published and what it added or corrected. */
export const DatasetVersion = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/u, { error: 'must be a version number such as "1.2.0"' }),
  date: EdtfDate.refine((value) => precisionOf(value) === 'day', { error: 'must be a day, e.g. "2026-11-28"' }),
  added: z.array(Text).default([]),
  corrected: z.array(Text).default([]),
});

/** content/versions.yaml: the dataset's versions, newest first. */
export const VersionsFile = z
  .strictObject({ versions: z.array(DatasetVersion).min(1, { error: 'must list at least one version' }) })
  .superRefine(({ versions }, ctx) => {
    versions.forEach((entry, index) => {
      const older = versions[index + 1];
      if (older && (entry.date < older.date || entry.version === older.version))
        ctx.addIssue({
          code: 'custom',
          path: ['versions', index],
          message: `must be newer than the version after it (${older.version}, ${older.date}): the newest comes first`,
        });
    });
  });

export type DatasetVersion = z.output<typeof DatasetVersion>;
