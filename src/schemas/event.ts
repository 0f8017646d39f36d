import { z } from 'astro/zod';
import { EVENT_KINDS, EVENT_SCOPES, EVENT_STATUSES, EVENT_TYPES, ROTATION_SERIES } from '../lib/content/vocabulary';
import { EdtfDate, Id, Text } from './fields';

export const EventKind = z.enum(EVENT_KINDS);
export const EventType = z.enum(EVENT_TYPES);
export const EventScope = z.enum(EVENT_SCOPES);
export const EventStatus = z.enum(EVENT_STATUSES);
export const RotationSeries = z.enum(ROTATION_SERIES);

/** A reference to a source entry and the verbatim passage of its body that supports the entry. */
export const Citation = z.strictObject({
  source: Id,
  quote: Text,
});

export const Person = z.strictObject({
  /** The name as the sources write it in English. */
  name: Text,
  /** The Vietnamese name in full diacritics, where the person is Vietnamese and it is sourced. */
  vietnamese: Text.optional(),
  /** Rank at the time of the entry. */
  rank: Text.optional(),
  role: Text.optional(),
});

export const Anniversary = z.strictObject({
  /** 70 for a 70th anniversary: always the entry's year minus the base year. */
  ordinal: z.int().positive(),
  base: z.strictObject({
    title: Text,
    /** May lie before 2015. */
    date: EdtfDate,
  }),
});

export const Rotation = z.strictObject({
  series: RotationSeries,
  number: z.int().positive(),
  /** The UN mission's acronym, e.g. UNMISS. */
  mission: Text,
  place: Text,
});

export const EventFrontmatter = z.strictObject({
  title: Text,
  kind: EventKind,
  type: EventType,
  start: EdtfDate,
  end: EdtfDate.optional(),
  /** Present when the dates are reasoned rather than stated: says why. */
  dateInferred: Text.optional(),
  place: Text,
  partners: z.array(Text).default([]),
  scope: EventScope,
  status: EventStatus,
  people: z.array(Person).default([]),
  anniversary: Anniversary.optional(),
  rotation: Rotation.optional(),
  sources: z.array(Citation).min(1, { error: 'must cite at least one source with a quote' }),
});

export type EventFrontmatter = z.output<typeof EventFrontmatter>;
export type Citation = z.output<typeof Citation>;
