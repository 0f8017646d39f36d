import type { EventKind, EventStatus } from '../../schemas/vocabulary/lanes';
import type { DIRECTIONS, FORMATS, LEVELS, ROLES } from '../../schemas/vocabulary/types';
import type { Precision } from '../../schemas/edtf';
import type { Words } from './shared';

type Of<T extends readonly string[]> = T[number];

/** The words of the vocabularies that only the server-rendered pages and the data files show. */
export const vocabulary = {
  /** What each lane holds, in the about page's words. */
  laneDescriptions: {
    event: 'meetings, visits, agreements, exercises and other occasions, each dated as precisely as the sources allow',
    anniversary: 'anniversaries marked during these years; what they commemorate may lie long before',
    rotation: 'the deployments of Vietnam’s units to UN peacekeeping missions, numbered within each series',
  } satisfies Words<EventKind>,
  statuses: {
    held: 'Held',
    planned: 'Planned',
    reported: 'Reported (single source)',
  } satisfies Words<EventStatus>,
  directions: { inbound: 'Inbound (to Vietnam)', outbound: 'Outbound (from Vietnam)' } satisfies Words<
    Of<typeof DIRECTIONS>
  >,
  levels: {
    minister: 'Minister',
    'deputy-minister': 'Deputy minister',
    'chief-of-general-staff': 'Chief of the General Staff',
    'service-chief': 'Service chief',
    other: 'Other',
  } satisfies Words<Of<typeof LEVELS>>,
  roles: { host: 'Host', chair: 'Chair', participant: 'Participant', observer: 'Observer' } satisfies Words<
    Of<typeof ROLES>
  >,
  formats: { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid (in person and online)' } satisfies Words<
    Of<typeof FORMATS>
  >,
} as const;

/** Words the dataset itself carries (events.json and the files derived from it). */
export const dataset = {
  successorEnd: (successor: string) =>
    `No source gives the end; taken as the start of the next rotation, ${successor}.`,
  feedDescription: 'Entries of a sourced timeline of Vietnam’s defence diplomacy, 2015–2025, dated by the event.',
  calendarDescription: 'Dated entries of a sourced timeline of Vietnam’s defence diplomacy, 2015–2025.',
  /** Before a calendar entry's title when it is wider than the event: "(month known) ", "(end year known) ". */
  startKnown: (precision: Precision) => `(${precision} known) `,
  endKnown: (precision: Precision) => `(end ${precision} known) `,
} as const;
