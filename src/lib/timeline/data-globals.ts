/**
 * Names of the globals that the site's classic data scripts fill and the
 * timeline reads. Classic scripts load where a fetch could not: in a sandboxed
 * iframe (an opaque origin) and from a static host that sends no CORS headers.
 */

import { packTimeline } from './packed-data';
import type { TimelineDatum } from './timeline-item';

/** /data/timeline.js: every entry's TimelineDatum, packed (packed-data.ts), for the home page and the embed. */
export const ITEMS_GLOBAL = 'defenceTimelineItems';

/**
 * The text of /data/timeline.js for entries in date order; with `titlesApart`,
 * without the titles, which then come from /data/titles/<chunk>.js. The
 * packed data is a JSON string parsed at load, which engines read faster than
 * the same data written as a JavaScript literal. Its user-timing mark lets a
 * benchmark count the parsing of the data in the first render.
 */
export function dataScriptCode(
  data: readonly TimelineDatum[],
  titlesApart: Parameters<typeof packTimeline>[1] = null,
): string {
  const json = JSON.stringify(JSON.stringify(packTimeline(data, titlesApart)));
  return `performance.mark('timeline:data');\nself.${ITEMS_GLOBAL} = JSON.parse(${json});\n`;
}

/** The packed data as JSON for an inline <script type="application/json">: "<" escaped, so content cannot close the element. */
export function dataIslandJson(data: readonly TimelineDatum[]): string {
  return JSON.stringify(packTimeline(data)).replace(/</g, '\\u003c');
}

/** /data/titles/<chunk>.js: the titles of a chunk's entries, in date order (title-chunks.ts), by chunk. */
export const TITLES_GLOBAL = 'defenceTimelineTitles';

/** The text of /data/titles/<chunk>.js. "<" is escaped so that no title can close a script element. */
export function titleChunkScriptCode(chunk: string, titles: readonly string[]): string {
  const json = JSON.stringify(titles).replace(/</gu, '\\u003c');
  return `(self.${TITLES_GLOBAL} ??= {})[${JSON.stringify(chunk)}] = ${json};\n`;
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
