import { normaliseWhitespace, paragraphIndexOfQuote, paragraphsOf } from '../content/quotes';

/** A quote as an entry cites it, with the id of the citing entry. */
export interface QuoteRef {
  quote: string;
  citedBy: string;
}

/** A run of a paragraph's text, marked when it lies inside a quoted passage. */
interface Segment {
  text: string;
  marked: boolean;
}

export interface Passage {
  /** 1-based: the paragraph's anchor is `p-${n}`. */
  n: number;
  segments: Segment[];
  /** Ids of the entries quoting this paragraph, each once, in the order the quotes were given. */
  citedBy: string[];
}

export interface SourcePassages {
  passages: Passage[];
  /** Quotes found nowhere in the text (the content rules normally prevent this). */
  unmatched: QuoteRef[];
}

interface Range {
  start: number;
  end: number;
  citedBy: string;
}

/** Every occurrence of `needle` in `text`, overlapping ones included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Merges ranges that overlap or touch, so that one `<mark>` never opens inside another. */
function merge(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function segment(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of merge(ranges)) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/**
 * Splits a source body into paragraphs (as `paragraphsOf` does, so anchors
 * agree with the links from entry pages) and marks every quoted passage.
 * Quotes match up to whitespace, as the content rules check them; a quote
 * may span paragraphs, and overlapping or repeated quotes merge into one mark.
 */
export function sourcePassages(body: string, quotes: readonly QuoteRef[]): SourcePassages {
  const paragraphs = paragraphsOf(body);
  // The normalised body, as quoteAppearsIn sees it: paragraphs joined by single spaces.
  const offsets: number[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    offsets.push(length);
    length += paragraph.length + 1;
  }
  const joined = paragraphs.join(' ');

  const ranges: Range[] = [];
  const unmatched: QuoteRef[] = [];
  for (const ref of quotes) {
    const needle = normaliseWhitespace(ref.quote);
    const found = needle.length > 0 ? occurrences(joined, needle) : [];
    if (found.length === 0) unmatched.push(ref);
    for (const start of found) ranges.push({ start, end: start + needle.length, citedBy: ref.citedBy });
  }

  const passages = paragraphs.map((text, index): Passage => {
    const from = offsets[index] ?? 0;
    const to = from + text.length;
    const local = ranges
      .filter((range) => range.start < to && range.end > from)
      .map((range) => ({
        start: Math.max(range.start, from) - from,
        end: Math.min(range.end, to) - from,
        citedBy: range.citedBy,
      }));
    const citedBy = quotes.map((ref) => ref.citedBy).filter((id) => local.some((range) => range.citedBy === id));
    return { n: index + 1, segments: segment(text, local), citedBy: [...new Set(citedBy)] };
  });
  return { passages, unmatched };
}

/**
 * The 1-based number of the paragraph a quote links to: the paragraph holding
 * it (`paragraphIndexOfQuote`), else, for a quote spanning paragraphs, the one
 * where it begins; null when the text does not contain it.
 */
export function paragraphNumberOfQuote(quote: string, body: string): number | null {
  if (normaliseWhitespace(quote).length === 0) return null;
  const paragraphs = paragraphsOf(body);
  const index = paragraphIndexOfQuote(quote, paragraphs);
  if (index !== -1) return index + 1;
  const spanning = sourcePassages(body, [{ quote, citedBy: '' }]).passages.find((passage) =>
    passage.segments.some((s) => s.marked),
  );
  return spanning?.n ?? null;
}
