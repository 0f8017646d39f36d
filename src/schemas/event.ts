import { z } from 'astro/zod';
import { EVENT_KINDS, EVENT_SCOPES, EVENT_STATUSES } from './vocabulary/lanes';
import { PARTNER_IDS } from './vocabulary/partners';
import { SERIES_IDS } from './vocabulary/series';
import { DIRECTIONS, EVENT_TYPES, FORMATS, LEVELS, ROLES, SUPPORTS } from './vocabulary/types';
import { EdtfDate, Id, Text } from './fields';

export const EventKind = z.enum(EVENT_KINDS).meta({ description: 'The timeline lane.' });
export const EventType = z
  .enum(EVENT_TYPES)
  .meta({ description: 'The entry’s type in the typology (see the codebook).' });
export const EventScope = z.enum(EVENT_SCOPES);
export const EventStatus = z.enum(EVENT_STATUSES);
export const PartnerId = z.enum(PARTNER_IDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a partner in the partner vocabulary (src/schemas/vocabulary/partners.ts)`,
});
export const SeriesId = z.enum(SERIES_IDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a series in the series vocabulary (src/schemas/vocabulary/series.ts)`,
});
export const Level = z.enum(LEVELS);

/** A reference to a source entry and the verbatim passage of its body that supports the entry. */
export const Citation = z.strictObject({
  source: Id,
  quote: Text,
  /** What the passage supports; a day-precision date must be stated by a passage that supports it. */
  supports: z.array(z.enum(SUPPORTS)).min(1).default(['event']),
  /** An English rendering of a passage in another language. */
  translation: Text.optional(),
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

/** Membership of a recurring series; the number is given only where the sources number it. */
export const SeriesMembership = z.strictObject({
  id: SeriesId,
  number: z.int().positive().optional(),
});

/** A UN peacekeeping rotation's mission and station. */
export const Rotation = z.strictObject({
  /** The UN mission's acronym, e.g. UNMISS. */
  mission: Text,
  place: Text,
});

/** The entry in Vietnamese, edited beside the English. */
export const VietnameseText = z.strictObject({
  title: Text,
  summary: Text,
  place: Text.optional(),
});

export const EventFrontmatter = z.strictObject({
  title: Text,
  kind: EventKind,
  type: EventType,
  start: EdtfDate,
  end: EdtfDate.optional(),
  /** Present when the start is reasoned rather than stated: says why. */
  startInferred: Text.optional(),
  /** Present when the end is reasoned rather than stated: says why. */
  endInferred: Text.optional(),
  /** Where the sources disagree (on a day, a place, a name…), what each says. */
  disagreement: Text.optional(),
  place: Text,
  partners: z.array(PartnerId).default([]),
  scope: EventScope,
  status: EventStatus,
  series: SeriesMembership.optional(),
  /** Direction of a visit or port call, seen from Vietnam. */
  direction: z.enum(DIRECTIONS).optional(),
  /** Level of the leading participant on each side, where the sources state it. */
  level: z.strictObject({ vietnam: Level.optional(), partner: Level.optional() }).optional(),
  /** Vietnam's part in the event, where the sources state it. */
  role: z.enum(ROLES).optional(),
  format: z.enum(FORMATS).optional(),
  people: z.array(Person).default([]),
  anniversary: Anniversary.optional(),
  rotation: Rotation.optional(),
  sources: z.array(Citation).min(1, { error: 'must cite at least one source with a quote' }),
  vi: VietnameseText.optional(),
});

export type EventFrontmatter = z.output<typeof EventFrontmatter>;
export type Citation = z.output<typeof Citation>;
