/** Where the view lives: the site's address (origin and base path) and the view's query string. */
export interface ViewAddress {
  /** e.g. "https://example.org/timeline/" (with a trailing slash). */
  siteUrl: string;
  /** e.g. "?kind=rotation", or "" for the whole timeline. */
  query: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export function viewUrl({ siteUrl, query }: ViewAddress): string {
  return `${siteUrl}${query}`;
}

/**
 * Copy-ready HTML that embeds a view: a sandboxed iframe of /embed/ and the
 * site's resizer script, which fits each such iframe to the height it posts.
 * allow-popups-to-escape-sandbox lets links open the full entry as a normal page.
 */
export function embedCode({ siteUrl, query }: ViewAddress, title: string): string {
  const src = escapeAttribute(`${siteUrl}embed/${query}`);
  return [
    `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="640" style="border:0;width:100%"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(siteUrl)}embed.js" async></script>`,
  ].join('\n');
}
