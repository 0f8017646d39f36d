/**
 * How the timeline's entries can be shared out into rows: by kind (its three
 * lanes, the default), partner, series or scope. A vocabulary of the view's
 * address (`group=`), named in every edition's catalogue.
 */
export const GROUPINGS = ['kind', 'partner', 'series', 'scope'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const DEFAULT_GROUPING: Grouping = 'kind';
