import { z } from 'astro/zod';
import { PRECISIONS } from '../lib/dates/edtf';
import { EventFrontmatter } from './event';
import { EdtfDate, Id, Text } from './fields';
import { ArticleSource } from './source';

/**
 * The published data file, /data/events.json, derived from the content
 * schemas: what is optional in frontmatter is explicit (`null`) here.
 */
export const EventRecord = EventFrontmatter.omit({ end: true, dateInferred: true }).extend({
  id: Id,
  end: EdtfDate.nullable(),
  precision: z.enum(PRECISIONS),
  dateInferred: Text.nullable(),
  summary: z.string(),
  /** Path of the entry's page on this site. */
  url: z.string(),
});

export const SourceRecord = z.strictObject({
  id: Id,
  type: z.enum(['article', 'reference']),
  title: Text,
  publisher: Text.nullable(),
  published: EdtfDate.nullable(),
  url: ArticleSource.shape.url.options[0].nullable(),
  /** Path of the source's page on this site. */
  page: z.string(),
});

export const EventsJson = z.strictObject({
  events: z.array(EventRecord),
  sources: z.array(SourceRecord),
});

export type EventRecord = z.output<typeof EventRecord>;
export type SourceRecord = z.output<typeof SourceRecord>;
export type EventsJson = z.output<typeof EventsJson>;
