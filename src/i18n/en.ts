/**
 * Every reader-facing word of the English edition. A second edition needs only
 * a second catalogue of the same shape (see messages.ts) plus routing and content.
 */
export const en = {
  site: {
    name: 'Vietnam’s defence diplomacy, 2015–2025',
  },
  /** Words of the interactive timeline (client and its server-rendered shell). */
  timeline: {},
} as const;
