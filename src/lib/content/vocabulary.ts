/**
 * The controlled vocabularies of the content model, as plain constants so that
 * client code can use them without bundling the schema library. The schemas in
 * src/schemas build their enums from these.
 */

/** The three lanes of the timeline. */
export const EVENT_KINDS = ['event', 'anniversary', 'rotation'] as const;

/** The finer classification shown in filters and legends. */
export const EVENT_TYPES = [
  'review-conference',
  'border-exchange',
  'expo',
  'ministerial-meeting',
  'officials-meeting',
  'chairmanship',
  'congress',
  'ceremony',
  'commemoration',
  'deployment',
] as const;

export const EVENT_SCOPES = ['bilateral', 'multilateral', 'national'] as const;

/** held: it took place; planned: announced but not (yet) reported as held; reported: claimed by one source only. */
export const EVENT_STATUSES = ['held', 'planned', 'reported'] as const;

export const ROTATION_SERIES = ['level-2-field-hospital', 'engineering-unit'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type EventScope = (typeof EVENT_SCOPES)[number];
