import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { memoize } from '../memoize';

/**
 * Quote matching is verbatim except for whitespace: line breaks and runs of
 * spaces differ between a raw article and its cleaned entry, the words do not.
 */
export function normaliseWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function quoteAppearsIn(quote: string, body: string): boolean {
  const needle = normaliseWhitespace(quote);
  return needle.length > 0 && normaliseWhitespace(body).includes(needle);
}

const parser = unified().use(remarkParse);

/**
 * The paragraphs (top-level blocks) of a source body, each verbatim: remark
 * finds the structure, and the text is sliced from the body by position, so
 * nothing is unescaped or reformatted on the way.
 */
export const paragraphsOf: (body: string) => readonly string[] = memoize((body) => {
  const tree = parser.parse(body);
  return tree.children
    .map((node) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
    .map(normaliseWhitespace)
    .filter((text) => text.length > 0);
});

/** The index of the paragraph holding the quote, or -1 if no single paragraph holds it. */
export function paragraphIndexOfQuote(quote: string, paragraphs: readonly string[]): number {
  const needle = normaliseWhitespace(quote);
  return paragraphs.findIndex((paragraph) => paragraph.includes(needle));
}
