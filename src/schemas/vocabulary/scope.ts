/** The years the timeline covers; only an anniversary's base date may lie before. */
export const SITE_YEARS = { first: 2015, last: 2025 } as const;
