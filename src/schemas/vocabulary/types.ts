/**
 * The typology of entries, each type mapped to the categories of the datasets
 * researchers compare with: the NDU PLA Military Diplomacy Database (three
 * categories), the Defense Cooperation Agreement Dataset (agreements), the
 * Multinational Military Exercises dataset (exercises), and the headings under
 * which Vietnam's Ministry of National Defence reports its own work.
 */

/** NDU's three categories. */
type NduCategory = 'senior-level-visit' | 'military-exercise' | 'naval-port-call';

/** The ministry's own reporting headings (the review conferences' sections). */
type MndCategory =
  | 'bilateral-cooperation'
  | 'multilateral-cooperation'
  | 'un-peacekeeping'
  | 'border-defence-diplomacy'
  | 'defence-industry'
  | 'war-legacies'
  | 'policy-and-planning';

export interface TypeDefinition {
  /** The NDU category this type falls under, where one applies. */
  ndu: NduCategory | null;
  /** Whether rows of this type belong in the agreement (DCAD) export. */
  agreement: boolean;
  /** Whether rows of this type belong in the exercise (MME) export. */
  exercise: boolean;
  mnd: MndCategory;
  /** A visit or port call must say whether it was inbound or outbound. */
  needsDirection: boolean;
}

const type = (mnd: MndCategory, extra: Partial<TypeDefinition> = {}): TypeDefinition => ({
  ndu: null,
  agreement: false,
  exercise: false,
  needsDirection: false,
  mnd,
  ...extra,
});

export const TYPE_DEFINITIONS = {
  'senior-visit': type('bilateral-cooperation', { ndu: 'senior-level-visit', needsDirection: true }),
  'sideline-talks': type('bilateral-cooperation', { ndu: 'senior-level-visit' }),
  'defence-dialogue': type('bilateral-cooperation'),
  'multilateral-meeting': type('multilateral-cooperation'),
  'agreement-signed': type('bilateral-cooperation', { agreement: true }),
  'mechanism-established': type('bilateral-cooperation'),
  exercise: type('multilateral-cooperation', { ndu: 'military-exercise', exercise: true }),
  'joint-patrol': type('bilateral-cooperation', { ndu: 'military-exercise', exercise: true }),
  'port-call': type('bilateral-cooperation', { ndu: 'naval-port-call', needsDirection: true }),
  'functional-exchange': type('bilateral-cooperation'),
  'education-training': type('bilateral-cooperation'),
  'border-defence-exchange': type('border-defence-diplomacy', { ndu: 'senior-level-visit' }),
  'attache-activity': type('bilateral-cooperation'),
  'peacekeeping-deployment': type('un-peacekeeping'),
  'peacekeeping-cooperation': type('un-peacekeeping'),
  'war-legacies': type('war-legacies'),
  'disaster-relief-sar': type('multilateral-cooperation'),
  'defence-industry-expo': type('defence-industry'),
  'materiel-transfer': type('defence-industry'),
  anniversary: type('policy-and-planning'),
  'partnership-upgrade': type('bilateral-cooperation'),
  'review-conference': type('policy-and-planning'),
  'policy-and-institutions': type('policy-and-planning'),
} as const satisfies Record<string, TypeDefinition>;

export type EventType = keyof typeof TYPE_DEFINITIONS;
export const EVENT_TYPES = Object.keys(TYPE_DEFINITIONS) as [EventType, ...EventType[]];

/** Direction of a visit or port call, seen from Vietnam. */
export const DIRECTIONS = ['inbound', 'outbound'] as const;
/** Level of a delegation's leading participant. */
export const LEVELS = ['minister', 'deputy-minister', 'chief-of-general-staff', 'service-chief', 'other'] as const;
/** Vietnam's part in the event. */
export const ROLES = ['host', 'chair', 'participant', 'observer'] as const;
/** How a meeting was held; a conference's format in an article source uses the same words. */
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];
/** What a cited passage supports. */
export const SUPPORTS = ['event', 'start', 'end', 'place', 'people', 'partners', 'series', 'figures'] as const;
