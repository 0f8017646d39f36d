/**
 * The lanes of the timeline. Client code imports these constants directly, so
 * that it does not bundle the schema library.
 */
export const EVENT_KINDS = ['event', 'anniversary', 'rotation'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_SCOPES = ['bilateral', 'multilateral', 'national'] as const;
export type EventScope = (typeof EVENT_SCOPES)[number];

/** held: it took place; planned: announced but not (yet) reported as held; reported: claimed by one source only. */
export const EVENT_STATUSES = ['held', 'planned', 'reported'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
