import { createHash } from 'node:crypto';
import { dataScriptCode } from '../lib/timeline/data-globals';
import type { Lang } from '../i18n/editions';
import { toTimelineDatum } from '../lib/timeline/timeline-item';
import { getDataset } from './dataset';

export interface DataScript {
  code: string;
  /** Short content hash, for cache-busting the script's URL. */
  version: string;
}

const cached = new Map<Lang, Promise<DataScript>>();

/**
 * <edition>/data/timeline.js: every entry's TimelineDatum in one edition, packed, as a classic script,
 * so that the home page and the embed do not carry the dataset in their HTML.
 */
export function timelineDataScript(lang: Lang): Promise<DataScript> {
  const make = async () => {
    const code = dataScriptCode((await getDataset()).events.map((event) => toTimelineDatum(event, lang)));
    return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 12) };
  };
  // In development the content changes between requests; a build reads it once.
  if (!import.meta.env.PROD) return make();
  let script = cached.get(lang);
  if (!script) {
    script = make();
    cached.set(lang, script);
  }
  return script;
}

export async function timelineDataResponse(lang: Lang): Promise<Response> {
  const { code } = await timelineDataScript(lang);
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
