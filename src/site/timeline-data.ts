import { createHash } from 'node:crypto';
import { dataScriptCode, titleChunkScriptCode } from '../lib/timeline/data-globals';
import type { Lang } from '../i18n/editions';
import { titleChunks, titlesComeApart } from '../lib/timeline/title-chunks';
import { toTimelineDatum } from '../lib/timeline/timeline-item';
import { getDataset } from './dataset';

export interface DataScript {
  code: string;
  /** Short content hash, for cache-busting the script's URL. */
  version: string;
  /** Past a few thousand entries, the titles by chunk (title-chunks.ts); else null, the titles being in `code`. */
  titles: ReadonlyMap<string, string[]> | null;
}

const cached = new Map<Lang, Promise<DataScript>>();

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * <edition>/data/timeline.js: every entry's TimelineDatum in one edition, packed, as a classic script,
 * so that the home page and the embed do not carry the dataset in their HTML.
 */
export function timelineDataScript(lang: Lang): Promise<DataScript> {
  const make = async () => {
    const data = (await getDataset()).events.map((event) => toTimelineDatum(event, lang));
    const apart = titlesComeApart(data.length) ? titleChunks(data) : null;
    const code = dataScriptCode(
      data,
      apart && { version: shortHash(JSON.stringify([...apart.chunks])), days: apart.days },
    );
    return { code, version: shortHash(code), titles: apart?.chunks ?? null };
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

const javascript = (code: string) =>
  new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

export async function timelineDataResponse(lang: Lang): Promise<Response> {
  return javascript((await timelineDataScript(lang)).code);
}

/**
 * <edition>/data/titles/<chunk>.js, made only when the titles come apart. The
 * chunks follow the entries' dates, the same in both editions: either edition's
 * data names them.
 */
export async function titleChunkPaths(): Promise<{ params: { chunk: string } }[]> {
  const { titles } = await timelineDataScript('en');
  return [...(titles?.keys() ?? [])].map((chunk) => ({ params: { chunk } }));
}

export async function titleChunkResponse(lang: Lang, chunk: string): Promise<Response> {
  const titles = (await timelineDataScript(lang)).titles?.get(chunk);
  if (!titles) throw new Error(`No chunk ${chunk} of titles of the ${lang} entries`);
  return javascript(titleChunkScriptCode(chunk, titles));
}
