import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normaliseWhitespace } from '../content/quotes';
import { memoize } from '../memoize';

const parser = unified().use(remarkParse);

/** The words of a Markdown summary without its syntax: for meta descriptions and structured data. */
export const markdownToPlainText: (markdown: string) => string = memoize((markdown) => {
  const tree = parser.parse(markdown);
  return normaliseWhitespace(tree.children.map((node) => toString(node, { includeHtml: false })).join(' '));
});

/** Shortens text to at most `max` characters at a word boundary, ending with "…" when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
