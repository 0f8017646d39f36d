import { describe, expect, it } from 'vitest';
import { paragraphNumberOfQuote, sourcePassages, type Passage } from '../../src/lib/pages/source-passages';

const BODY = `Hanoi (VNA) – The ministry held a conference
on January 9 to review 2023.

It named the 70th anniversary of the Dien Bien Phu Victory and the 80th founding anniversary of the VPA.

<script>alert(1)</script> is text here, not markup.`;

/** The paragraph as a compact string: marked runs in [brackets]. */
const show = (passage: Passage | undefined) =>
  passage?.segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('') ?? '(none)';

describe('source passages', () => {
  it('split the body into numbered paragraphs with whitespace normalised', () => {
    const { passages } = sourcePassages(BODY, []);
    expect(passages.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(show(passages[0])).toBe('Hanoi (VNA) – The ministry held a conference on January 9 to review 2023.');
    expect(passages.every((p) => p.citedBy.length === 0)).toBe(true);
  });

  it('mark a quote matched across a line break, and name the entry citing it', () => {
    const { passages } = sourcePassages(BODY, [{ quote: 'held a  conference on January 9', citedBy: 'review-2023' }]);
    expect(show(passages[0])).toBe('Hanoi (VNA) – The ministry [held a conference on January 9] to review 2023.');
    expect(passages[0]?.citedBy).toEqual(['review-2023']);
    expect(passages[1]?.citedBy).toEqual([]);
  });

  it('merge overlapping and touching quotes into one mark, listing each citing entry once', () => {
    const { passages } = sourcePassages(BODY, [
      { quote: 'the 70th anniversary of the Dien Bien Phu', citedBy: 'dbp-70' },
      { quote: 'Dien Bien Phu Victory and the 80th', citedBy: 'vpa-80' },
      { quote: 'founding anniversary of the VPA', citedBy: 'vpa-80' },
      { quote: 'the 70th anniversary of the Dien Bien Phu', citedBy: 'dbp-70' },
    ]);
    expect(show(passages[1])).toBe(
      'It named [the 70th anniversary of the Dien Bien Phu Victory and the 80th] [founding anniversary of the VPA].',
    );
    expect(passages[1]?.citedBy).toEqual(['dbp-70', 'vpa-80']);
    const marks = passages[1]?.segments.filter((s) => s.marked) ?? [];
    expect(marks).toHaveLength(2);
  });

  it('merge a quote nested inside another', () => {
    const { passages } = sourcePassages(BODY, [
      { quote: 'the 80th founding anniversary of the VPA', citedBy: 'a' },
      { quote: 'founding', citedBy: 'b' },
    ]);
    expect(show(passages[1])).toBe(
      'It named the 70th anniversary of the Dien Bien Phu Victory and [the 80th founding anniversary of the VPA].',
    );
    expect(passages[1]?.citedBy).toEqual(['a', 'b']);
  });

  it('mark every occurrence of a repeated passage', () => {
    const { passages } = sourcePassages('one two one', [{ quote: 'one', citedBy: 'x' }]);
    expect(show(passages[0])).toBe('[one] two [one]');
  });

  it('mark a quote that spans two paragraphs in both of them', () => {
    const { passages } = sourcePassages(BODY, [{ quote: 'to review 2023. It named the 70th', citedBy: 'x' }]);
    expect(show(passages[0])).toBe('Hanoi (VNA) – The ministry held a conference on January 9 [to review 2023.]');
    expect(show(passages[1]).startsWith('[It named the 70th] anniversary')).toBe(true);
    expect(passages[0]?.citedBy).toEqual(['x']);
    expect(passages[1]?.citedBy).toEqual(['x']);
  });

  it('keep markup-like text as plain text for the page to escape', () => {
    const { passages } = sourcePassages(BODY, [{ quote: '<script>alert(1)</script>', citedBy: 'x' }]);
    expect(passages[2]?.segments[0]).toEqual({ text: '<script>alert(1)</script>', marked: true });
  });

  it('report quotes found nowhere in the text, and never mark an empty quote', () => {
    const { passages, unmatched } = sourcePassages(BODY, [
      { quote: 'not in the text', citedBy: 'x' },
      { quote: '   ', citedBy: 'y' },
    ]);
    expect(unmatched.map((q) => q.citedBy)).toEqual(['x', 'y']);
    expect(passages.every((p) => p.segments.every((s) => !s.marked))).toBe(true);
  });
});

describe('paragraphNumberOfQuote', () => {
  it('gives the 1-based number of the paragraph holding the quote', () => {
    expect(paragraphNumberOfQuote('the 80th founding anniversary', BODY)).toBe(2);
    expect(paragraphNumberOfQuote('conference\n  on January 9', BODY)).toBe(1);
  });

  it('gives the paragraph where a quote spanning paragraphs begins, and null when there is none', () => {
    expect(paragraphNumberOfQuote('to review 2023. It named', BODY)).toBe(1);
    expect(paragraphNumberOfQuote('not in the text', BODY)).toBeNull();
    expect(paragraphNumberOfQuote('  ', BODY)).toBeNull();
  });
});
