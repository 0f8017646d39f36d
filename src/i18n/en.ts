import type { EventKind, EventScope, EventStatus } from '../schemas/vocabulary/lanes';
import type { DIRECTIONS, EventType, FORMATS, LEVELS, ROLES } from '../schemas/vocabulary/types';

type Words<T extends string> = Readonly<Record<T, string>>;
type Of<T extends readonly string[]> = T[number];

/**
 * Every reader-facing word of the English edition. A second edition needs only
 * a second catalogue of the same shape (see messages.ts) plus routing and content.
 */
export const en = {
  site: {
    name: 'Vietnam’s defence diplomacy, 2015–2025',
  },
  /** An entry's lane, as a kind of entry. */
  kinds: {
    event: 'Event',
    anniversary: 'Anniversary',
    rotation: 'UN peacekeeping rotation',
  } satisfies Words<EventKind>,
  /** The timeline's lanes, named as groups. */
  lanes: {
    event: 'Events',
    anniversary: 'Anniversaries',
    rotation: 'UN peacekeeping rotations',
  } satisfies Words<EventKind>,
  types: {
    'senior-visit': 'Senior defence visit',
    'sideline-talks': 'Talks on the sidelines',
    'defence-dialogue': 'Defence dialogue',
    'multilateral-meeting': 'Multilateral meeting',
    'agreement-signed': 'Agreement signed',
    'mechanism-established': 'Mechanism established',
    exercise: 'Exercise',
    'joint-patrol': 'Joint patrol',
    'port-call': 'Port call',
    'functional-exchange': 'Functional exchange',
    'education-training': 'Education and training',
    'border-defence-exchange': 'Border defence friendship exchange',
    'attache-activity': 'Defence attaché activity',
    'peacekeeping-deployment': 'UN peacekeeping deployment',
    'peacekeeping-cooperation': 'UN peacekeeping cooperation',
    'war-legacies': 'War legacies',
    'disaster-relief-sar': 'Disaster relief, search and rescue',
    'defence-industry-expo': 'Defence industry and expos',
    'materiel-transfer': 'Materiel transfer',
    anniversary: 'Anniversary',
    'partnership-upgrade': 'Partnership upgrade',
    'review-conference': 'Review conference',
    'policy-and-institutions': 'Policy and institutions',
  } satisfies Words<EventType>,
  scopes: {
    bilateral: 'Bilateral',
    multilateral: 'Multilateral',
    national: 'National',
  } satisfies Words<EventScope>,
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
  formats: { 'in-person': 'In person', virtual: 'Virtual', hybrid: 'Hybrid' } satisfies Words<Of<typeof FORMATS>>,
  /** Words the dataset itself carries (events.json and the files derived from it). */
  dataset: {
    successorEnd: (successor: string) =>
      `No source gives the end; taken as the start of the next rotation, ${successor}.`,
  },
  /** Words of the interactive timeline (client and its server-rendered shell). */
  timeline: {},
} as const;
