import { z } from 'astro/zod';
import { EdtfDate, Id, Text } from './fields';
import { EVENT_KINDS, EVENT_SCOPES, EVENT_STATUSES } from './vocabulary/lanes';
import { PARTNER_IDS } from './vocabulary/partners';
import { SERIES_IDS } from './vocabulary/series';
import { DIRECTIONS, EVENT_TYPES, FORMATS, LEVELS, ROLES, SUPPORTS } from './vocabulary/types';

/**
 * The frontmatter of an entry in content/events/: the one definition of every
 * field. Its descriptions are the data dictionary's, the JSON Schema's and the
 * codebook's; the published record (events-json.ts) is derived from it.
 */

const EventKind = z.enum(EVENT_KINDS);
const EventType = z.enum(EVENT_TYPES);
const PartnerId = z.enum(PARTNER_IDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a partner in the partner vocabulary (src/schemas/vocabulary/partners.ts)`,
});
const SeriesId = z.enum(SERIES_IDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a series in the series vocabulary (src/schemas/vocabulary/series.ts)`,
});
const Level = z.enum(LEVELS);

const Citation = z.strictObject({
  source: Id.describe('The id of the cited source: one of the ids in the list of sources.'),
  quote: Text.describe(
    'A passage of that source’s text, verbatim up to whitespace; the build checks that it is there.',
  ),
  supports: z
    .array(z.enum(SUPPORTS))
    .min(1)
    .default(['event'])
    .describe('What the passage supports; a day-precision date must be stated by a passage cited for it.'),
  translation: Text.describe('An English rendering of a passage in another language.').optional(),
});

const Person = z.strictObject({
  name: Text.describe('The name as the sources write it.'),
  vietnamese: Text.describe('The Vietnamese name in full diacritics, where the person is Vietnamese.').optional(),
  rank: Text.describe('Rank at the time of the entry.').optional(),
  role: Text.describe('Post or role at the time of the entry.').optional(),
});

const Anniversary = z
  .strictObject({
    ordinal: z.int().positive().describe('70 for a 70th anniversary: always the entry’s year minus the base year.'),
    base: z
      .strictObject({
        title: Text.describe('What happened on the base date.'),
        date: EdtfDate.describe('When it happened; may lie before 2015.'),
      })
      .describe('What is commemorated.'),
  })
  .describe('Present only for anniversaries.');

const SeriesMembership = z
  .strictObject({
    id: SeriesId.describe('The series, from the series vocabulary.'),
    number: z.int().positive().describe('Its number in the series, where the sources number it.').optional(),
  })
  .describe('Present for entries of a recurring series.');

const Rotation = z
  .strictObject({
    mission: Text.describe('The UN mission’s acronym, e.g. UNMISS.'),
    place: Text.describe('Where the unit served.'),
  })
  .describe('Present only for UN peacekeeping rotations.');

const VietnameseText = z
  .strictObject({
    title: Text.describe('The title in Vietnamese.'),
    summary: Text.describe('The summary in Vietnamese, in Markdown.'),
    place: Text.describe('The place in Vietnamese, where it differs.').optional(),
  })
  .describe('The entry in Vietnamese, edited beside the English.');

const Levels = z
  .strictObject({
    vietnam: Level.describe('Level of Vietnam’s leading participant.').optional(),
    partner: Level.describe('Level of the partner’s leading participant.').optional(),
  })
  .describe('Level of the leading participant on each side, where the sources state it.');

export const EventFrontmatter = z.strictObject({
  title: Text.describe('The entry’s title.'),
  kind: EventKind.describe('The timeline lane: an event, an anniversary or a UN peacekeeping rotation.'),
  type: EventType.describe('The entry’s type in the typology (see the codebook for its crosswalk).'),
  start: EdtfDate.describe('When it began, or the day it took place; its form is its precision.'),
  end: EdtfDate.describe('When it ended, where it lasted more than a day.').optional(),
  startInferred: Text.describe('Why the start is reasoned rather than stated by a source.').optional(),
  endInferred: Text.describe('Why the end is reasoned rather than stated by a source.').optional(),
  disagreement: Text.describe('Where the sources disagree, what each says.').optional(),
  place: Text.describe('Where it took place, as the sources give it.'),
  partners: z
    .array(PartnerId)
    .default([])
    .describe('The partner countries, organisations or UN missions, by their vocabulary ids; empty when none.'),
  scope: z.enum(EVENT_SCOPES).describe('Bilateral, multilateral or national.'),
  status: z
    .enum(EVENT_STATUSES)
    .describe('held: it took place; planned: announced, not (yet) reported held; reported: one source only.'),
  series: SeriesMembership.optional(),
  direction: z.enum(DIRECTIONS).describe('For visits and port calls: inbound (to Vietnam) or outbound.').optional(),
  level: Levels.optional(),
  role: z.enum(ROLES).describe('Vietnam’s part in it, where the sources state it.').optional(),
  format: z.enum(FORMATS).describe('In person, virtual or hybrid, where the sources state it.').optional(),
  people: z.array(Person).default([]).describe('The people the sources name in it; empty when none.'),
  anniversary: Anniversary.optional(),
  rotation: Rotation.optional(),
  sources: z
    .array(Citation)
    .min(1, { error: 'must cite at least one source with a quote' })
    .describe('The citations that support the entry: at least one.'),
  vi: VietnameseText.optional(),
});

export type EventFrontmatter = z.output<typeof EventFrontmatter>;
type Citation = z.output<typeof Citation>;
