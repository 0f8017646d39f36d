import { createHash } from 'node:crypto';
import { dataScriptCode } from '../lib/timeline/data-globals';
import { toTimelineDatum } from '../lib/timeline/timeline-item';
import { getDataset } from './dataset';

export interface DataScript {
  code: string;
  /** Short content hash, for cache-busting the script's URL. */
  version: string;
}

let cached: Promise<DataScript> | undefined;

/**
 * /data/timeline.js: every entry's TimelineDatum as a classic script, so that
 * the home page and the embed do not carry the dataset in their HTML. The
 * data is a JSON string parsed at load, which engines read faster than the
 * same data written as a JavaScript literal.
 */
export function timelineDataScript(): Promise<DataScript> {
  const make = async () => {
    const json = JSON.stringify((await getDataset()).events.map(toTimelineDatum));
    const code = dataScriptCode(json);
    return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 12) };
  };
  // In development the content changes between requests; a build reads it once.
  if (!import.meta.env.PROD) return make();
  cached ??= make();
  return cached;
}
