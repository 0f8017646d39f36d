/**
 * The links to the other editions carry the view: the timeline keeps its
 * filters, window, rows and open entry in the query, so each time it writes
 * the query (or reads it on load) the links take the same query along.
 */
export function carryViewToEditionLinks(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-edition-switch]')) {
    const target = new URL(link.href);
    target.search = root.location.search;
    target.hash = root.location.hash;
    link.href = target.href;
  }
}
