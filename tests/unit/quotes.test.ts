import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, paragraphIndexOfQuote, paragraphsOf, quoteAppearsIn } from '../../src/lib/content/quotes';

const BODY = `Hanoi (VNA) – Deputy Minister of National Defence Sen. Lieut. Gen. Hoang Xuan Chien has called for
stepping up external news service.

During a hybrid conference in Hanoi on January 9, convened to evaluate the Defence Ministry’s 2023 global
integration and defence external activities, Deputy Minister Chien asked agencies…

1. A line that Markdown would call a list item, *with* emphasis.`;

describe('quote matching', () => {
  it('finds a quote across line breaks and repeated spaces', () => {
    expect(quoteAppearsIn('has called  for stepping up external news service', BODY)).toBe(true);
  });

  it('is verbatim in every other respect', () => {
    expect(quoteAppearsIn('has called for stepping up external news services', BODY)).toBe(false);
    expect(quoteAppearsIn("the Defence Ministry's 2023 global", BODY)).toBe(false);
    expect(quoteAppearsIn('the Defence Ministry’s 2023 global', BODY)).toBe(true);
    expect(quoteAppearsIn('HANOI (VNA)', BODY)).toBe(false);
  });

  it('never accepts an empty quote', () => {
    expect(quoteAppearsIn('   ', BODY)).toBe(false);
  });

  it('compares composed and decomposed Vietnamese letters as equal', () => {
    expect(quoteAppearsIn('Hoàng Xuân Chiến', 'Thượng tướng Hoa\u0300ng Xuân Chiến')).toBe(true);
  });

  it('splits a body into verbatim paragraphs, Markdown syntax included', () => {
    const paragraphs = paragraphsOf(BODY);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[2]).toBe('1. A line that Markdown would call a list item, *with* emphasis.');
    expect(paragraphIndexOfQuote('a list item, *with* emphasis', paragraphs)).toBe(2);
    expect(paragraphIndexOfQuote('convened to evaluate', paragraphs)).toBe(1);
    expect(paragraphIndexOfQuote('not in the text', paragraphs)).toBe(-1);
  });

  it('normalises whitespace to single spaces', () => {
    expect(normaliseWhitespace('  a\n\tb\u00a0 c  ')).toBe('a b c');
  });
});
