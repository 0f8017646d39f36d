/**
 * Names of the globals that the site's classic data scripts fill and the
 * timeline reads. Classic scripts load where a fetch could not: in a sandboxed
 * iframe (an opaque origin) and from a static host that sends no CORS headers.
 */

/** /data/timeline.js: every entry's TimelineDatum, for the home page and the embed. */
export const ITEMS_GLOBAL = 'defenceTimelineItems';

/**
 * The text of /data/timeline.js for a JSON array of TimelineDatum. Its
 * user-timing mark lets a benchmark count the parsing of the data in the
 * first render.
 */
export function dataScriptCode(json: string): string {
  return `performance.mark('timeline:data');\nself.${ITEMS_GLOBAL} = JSON.parse(${JSON.stringify(json)});\n`;
}

/** /data/details/<year>.js: each entry's summary and citations as HTML, by year, then id. */
export const DETAILS_GLOBAL = 'defenceTimelineDetails';

/** /embed-fonts.js: the site's font faces with their files, for the embed. */
export const FONTS_GLOBAL = 'defenceTimelineFonts';

/** One face of /embed-fonts.js: its descriptors as CSS writes them, and its woff2 file in base64. */
export interface EmbeddedFontFace {
  family: string;
  style: string;
  weight: string;
  unicodeRange: string;
  woff2: string;
}
