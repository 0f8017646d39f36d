import { describe, expect, it } from 'vitest';
import { absoluteUrl, sourceParagraphPath } from '../../src/lib/pages/links';
import { withTrailingSlash } from '../../src/lib/dataset/paths';
import { markdownToPlainText, truncateText } from '../../src/lib/markdown/plain-text';
import { languageLabel, orNotFound, titleLanguage, titleNote } from '../../src/lib/pages/source-metadata';

describe('plain text from a Markdown summary', () => {
  it('drops the syntax and keeps the words, paragraphs joined by a space', () => {
    expect(markdownToPlainText('The *first* expo, at [Gia Lam](https://example.org/).\n\nIt ran **three** days.')).toBe(
      'The first expo, at Gia Lam. It ran three days.',
    );
  });

  it('drops raw HTML', () => {
    expect(markdownToPlainText('Hi <script>alert(1)</script> there')).toBe('Hi alert(1) there');
    expect(markdownToPlainText('<div>block</div>\n\nText')).toBe('Text');
  });

  it('shortens at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(truncateText('one two three four', 12)).toBe('one two…');
    expect(truncateText('one two', 12)).toBe('one two');
  });
});

describe('links', () => {
  it('point at a source paragraph under the base path', () => {
    expect(sourceParagraphPath('/', 'article-review-2023', 2)).toBe('/sources/article-review-2023/#p-2');
    expect(sourceParagraphPath('/mirror/timeline', 'x', 1)).toBe('/mirror/timeline/sources/x/#p-1');
    expect(sourceParagraphPath('/mirror/timeline/', 'x', null)).toBe('/mirror/timeline/sources/x/');
  });

  it('are made absolute against the site when it is known', () => {
    expect(absoluteUrl('/mirror/events/x/', 'https://timeline.example.org')).toBe(
      'https://timeline.example.org/mirror/events/x/',
    );
    expect(absoluteUrl('/events/x/', undefined)).toBe('/events/x/');
    expect(withTrailingSlash('/mirror')).toBe('/mirror/');
    expect(withTrailingSlash('/')).toBe('/');
  });
});

describe('source metadata in words', () => {
  it('says where a title is ours', () => {
    expect(titleNote('headline')).toBeNull();
    expect(titleNote('url-slug')).toMatch(/ours, rebuilt from the words of the page’s address/u);
    expect(titleNote('assigned')).toMatch(/ours, written to describe the text/u);
  });

  it('gives the title’s language: ours is English, a headline or slug is the source’s', () => {
    expect(titleLanguage({ titleFrom: 'assigned', language: 'vi' })).toBe('en');
    expect(titleLanguage({ titleFrom: 'url-slug', language: 'fr' })).toBe('fr');
  });

  it('names languages in English with their code', () => {
    expect(languageLabel('vi')).toBe('Vietnamese (vi)');
    expect(languageLabel('fr')).toBe('French (fr)');
    expect(languageLabel('qqq')).toBe('qqq');
  });

  it('writes an unknown value as “not found”', () => {
    expect(orNotFound('unknown')).toBe('not found');
    expect(orNotFound('Hanoi')).toBe('Hanoi');
    expect(orNotFound({ start: '2015', end: '2018' }, (p) => `${p.start}–${p.end}`)).toBe('2015–2018');
  });
});
