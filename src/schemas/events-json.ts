import { PUBLISHER_KINDS } from './vocabulary/publishers';
import { z } from 'astro/zod';
import { PRECISIONS } from './edtf';
import { EventFrontmatter } from './event';
import { EdtfDate, Id, Text, Url } from './fields';

/**
 * The published data file, /data/events.json, derived from the content
 * schemas: every field of the frontmatter, with what may be absent there
 * explicit (`null`) here, plus the fields the build computes.
 */

type Shape = typeof EventFrontmatter.shape;
type Published<T> = T extends z.ZodOptional<infer Inner> ? z.ZodNullable<Inner> : T;
type PublishedShape = { [K in keyof Shape]: Published<Shape[K]> };

function published(shape: Shape): PublishedShape {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape) as [string, z.ZodType][]) {
    out[key] = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable() : field;
  }
  return out as PublishedShape;
}

export const EventRecord = z.strictObject({
  id: Id.describe('The entry’s id: the name of its file and the last part of its page’s path.'),
  ...published(EventFrontmatter.shape),
  precision: z.enum(PRECISIONS).describe('How precisely the start is known: to the day, the month or the year.'),
  summary: z.string().describe('The curator’s summary, in Markdown.'),
  url: z.string().describe('Path of the entry’s page on this site.'),
});

export const SourceRecord = z.strictObject({
  id: Id.describe('The source’s id, as cited by entries: the name of its file and the last part of its page’s path.'),
  type: z
    .enum(['article', 'reference'])
    .describe('article: the full text of a news report; reference: a quoted excerpt of a public page.'),
  title: Text.describe('The headline, or a title of ours where no headline was found (the source’s page says which).'),
  publisher: Text.nullable().describe('Who originally published it; null when not found.'),
  mirror: Text.nullable().describe('The mirror or aggregator site the cited page is on, where it is one; else null.'),
  published: EdtfDate.nullable().describe('When it was published; null when not found.'),
  language: z.string().describe('The BCP 47 language of its text.'),
  url: Url.nullable().describe('Where it was published; null when not found.'),
  publisherKind: z
    .enum(PUBLISHER_KINDS)
    .describe(
      'How the publisher is classified from the address: official (a government, armed force or intergovernmental body), state-media, other, or unknown (no address, or a mirror’s); the rules are in the codebook.',
    ),
  page: z.string().describe('Path of the source’s page on this site, with its text and the quoted passages marked.'),
});

export const EventsJson = z.strictObject({
  version: z
    .string()
    .nullable()
    .describe('The dataset’s version (see /data/CHANGELOG.md for what each version added or corrected).'),
  updated: z.string().nullable().describe('The day that version was published, YYYY-MM-DD.'),
  events: z.array(EventRecord),
  sources: z.array(SourceRecord),
});

export type EventRecord = z.output<typeof EventRecord>;
export type SourceRecord = z.output<typeof SourceRecord>;
export type EventsJson = z.output<typeof EventsJson>;
