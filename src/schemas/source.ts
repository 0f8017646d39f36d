import { z } from 'astro/zod';
import { Dating, EdtfDate, Text, Url, orUnknown } from './fields';
import { FORMATS } from './vocabulary/types';

/** How a source's title was established. */
export const TitleFrom = z.enum(['headline', 'url-slug', 'assigned']);

const common = {
  title: Text,
  titleFrom: TitleFrom.default('headline'),
  publisher: orUnknown(Text),
  url: orUnknown(Url),
  published: orUnknown(Dating),
  /** BCP 47 language of the text, so that readers and screen readers render it right. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
    .default('en'),
  /**
   * Present when the cited page is a re-post on a mirror or aggregator: names that
   * site (and how it re-posts); `publisher` then names the original publisher.
   */
  mirror: Text.optional(),
  /** Curator's notes, e.g. where the source is contradicted by a better one. */
  notes: z.array(Text).default([]),
};

/** The full cleaned text of a news report, ingested from a raw seed file. */
export const ArticleSource = z.strictObject({
  type: z.literal('article'),
  ...common,
  conference: z.strictObject({
    date: orUnknown(Dating),
    place: orUnknown(Text),
    format: orUnknown(z.enum(FORMATS)),
  }),
  /** The period the reported conference reviewed, as EDTF start and end. */
  period: orUnknown(z.strictObject({ start: EdtfDate, end: EdtfDate })),
  translator: orUnknown(Text),
  /** The raw file in content/seeds/ that this entry was ingested from. */
  seed: z.string().regex(/^[\w.-]+\.txt$/, { error: 'must be the name of a .txt file' }),
  /** The SHA-256 of the seed's bytes when it was ingested: the build checks the file is still that one. */
  seedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' })
    .optional(),
  /** Photo captions found in the raw text, kept apart from the body. */
  captions: z.array(Text).default([]),
});

/** A public report cited for what the articles do not say; its body is the quoted excerpt. */
const ReferenceSource = z.strictObject({
  type: z.literal('reference'),
  ...common,
  url: Url,
  publisher: Text,
});

export const SourceFrontmatter = z.discriminatedUnion('type', [ArticleSource, ReferenceSource], {
  error: () => 'must be "article" or "reference"',
});

export type SourceFrontmatter = z.output<typeof SourceFrontmatter>;
export type ArticleSource = z.output<typeof ArticleSource>;
export type ArticleSourceInput = z.input<typeof ArticleSource>;
