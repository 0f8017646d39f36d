export interface Crawl {
  pages: Map<string, string>;
  broken: string[];
  requested: Set<string>;
}

const LINK = /\s(?:href|src)="([^"]+)"/gu;

/** Follows every same-site link and asset from the home page, checking each target and #anchor exists. */
export async function crawl(start: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const pages = new Map<string, string>();
  const statuses = new Map<string, number>();
  const broken: string[] = [];
  const queue = [start];
  const anchors: { from: string; url: URL }[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (statuses.has(url)) continue;
    const response = await fetch(url, { redirect: 'follow' });
    statuses.set(url, response.status);
    if (!response.ok) continue;
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    pages.set(url, html);
    // What a script's text contains is code, not a link of the page.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gu, '$1$2');
    for (const [, raw] of markup.matchAll(LINK)) {
      const target = new URL(raw!.replace(/&amp;/gu, '&'), url);
      if (target.origin !== origin) continue;
      if (target.hash) anchors.push({ from: url, url: new URL(target) });
      target.hash = '';
      if (!statuses.has(target.href)) queue.push(target.href);
    }
  }
  for (const [url, status] of statuses) if (status !== 200) broken.push(`${status} ${url}`);
  for (const { from, url } of anchors) {
    const id = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const html = pages.get(url.href);
    if (html !== undefined && !html.includes(`id="${id}"`))
      broken.push(`missing #${id} in ${url.href} (linked from ${from})`);
  }
  return { pages, broken, requested: new Set(statuses.keys()) };
}
