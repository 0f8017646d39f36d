import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isLang } from '../../src/i18n/editions';
import { gzipSync } from 'node:zlib';

export interface Transfer {
  /** Path on the site, e.g. /_astro/global.css. */
  path: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'data' | 'image' | 'other';
  bytes: number;
  gzip: number;
}

export const KB = 1000;

/** Size of `bytes` gzipped at level 9, as a static host would send them. */
function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function kindOf(dist: string, file: string): Transfer['kind'] {
  // The dataset and its chunks are data even where a classic script carries them (/data/timeline.js,
  // and each edition's own, /vi/data/timeline.js).
  const [first, second] = path.relative(dist, file).split(path.sep);
  if (first === 'data' || (isLang(first) && second === 'data')) return 'data';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.json', '.csv', '.xml', '.pf_meta', '.pf_index', '.pf_fragment', '.wasm'].includes(ext)) return 'data';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
}

/** The built file a same-site URL is served from (`dir/` → `dir/index.html`), as the static server does. */
function fileForUrl(dist: string, url: string): string {
  let pathname = decodeURIComponent(new URL(url).pathname);
  if (pathname.endsWith('/')) pathname += 'index.html';
  return path.join(dist, pathname);
}

/** Reads each requested URL's file from `dist` and measures it; each URL once, query strings ignored. */
export async function measureTransfers(dist: string, urls: readonly string[]): Promise<Transfer[]> {
  const files = [...new Set(urls.map((url) => fileForUrl(dist, url)))];
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      return {
        path: `/${path.relative(dist, file)}`,
        kind: kindOf(dist, file),
        bytes: bytes.length,
        gzip: gzipSize(bytes),
      };
    }),
  );
}

export const sum = (transfers: readonly Transfer[], key: 'bytes' | 'gzip' = 'gzip') =>
  transfers.reduce((total, transfer) => total + transfer[key], 0);

/** A table of what was measured, for the test's output. */
export function describeTransfers(transfers: readonly Transfer[]): string {
  const rows = [...transfers]
    .sort((a, b) => b.gzip - a.gzip)
    .map(
      (t) => `${(t.gzip / KB).toFixed(1).padStart(7)} KB gzip ${(t.bytes / KB).toFixed(1).padStart(7)} KB  ${t.path}`,
    );
  return [...rows, `${(sum(transfers) / KB).toFixed(1).padStart(7)} KB gzip in all (${transfers.length} files)`].join(
    '\n',
  );
}
