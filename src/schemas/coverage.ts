import { z } from 'astro/zod';
import { Id, Text } from './fields';

/** The fact sheets the content was written from. */
const SHEETS = ['facts.md', 'series.md', 'bilateral.md', 'multilateral.md'] as const;

const OMISSION_REASONS = ['outside-range', 'duplicate', 'background', 'unverified', 'not-an-event'] as const;

/** A row of a fact sheet deliberately left off the timeline, and why. */
export const OmittedRow = z.strictObject({
  sheet: z.enum(SHEETS),
  /** The row's "what" cell, as the sheet words it (shortened where long). */
  row: Text,
  /** The row's date as the sheet gives it. */
  date: Text.optional(),
  reason: z.enum(OMISSION_REASONS),
  /** For a duplicate: the entry that covers the event. */
  entry: Id.optional(),
  note: Text.optional(),
});

/** Something the research looked for and could not find or verify. */
export const NotFoundItem = z.strictObject({
  sheet: z.enum(SHEETS),
  what: Text,
  note: Text.optional(),
});

/** One file of content/coverage/: what was left out and what was not found. */
export const CoverageFile = z.strictObject({
  omitted: z.array(OmittedRow).default([]),
  notFound: z.array(NotFoundItem).default([]),
});

export type OmittedRow = z.output<typeof OmittedRow>;
export type NotFoundItem = z.output<typeof NotFoundItem>;
export type CoverageFile = z.output<typeof CoverageFile>;
