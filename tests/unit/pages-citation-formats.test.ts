import { describe, expect, it } from 'vitest';
import {
  bibtexCitation,
  bibtexSiteCitation,
  escapeBibtex,
  plainTextCitation,
  plainTextSiteCitation,
} from '../../src/lib/pages/citation-formats';

const ENTRY = {
  id: 'admm-14',
  title: 'ADMM-14',
  start: '2020-12-09',
  url: 'https://timeline.example.org/events/admm-14/',
  siteName: 'Vietnam’s defence diplomacy, 2015–2025',
};

describe('entry citations', () => {
  it('write a plain-text citation with the site, the title, the date as readers write it and the URL', () => {
    expect(plainTextCitation(ENTRY)).toBe(
      'Vietnam’s defence diplomacy, 2015–2025. “ADMM-14” (9 December 2020). Timeline entry. https://timeline.example.org/events/admm-14/',
    );
  });

  it('write a date range and a vague date no more precisely than they are known', () => {
    expect(plainTextCitation({ ...ENTRY, start: '2024-12-19', end: '2024-12-22' })).toContain('(19–22 December 2024)');
    expect(plainTextCitation({ ...ENTRY, start: '2023-07', end: null })).toContain('(July 2023)');
  });

  it('write a BibTeX @misc entry keyed by the id, with double braces to keep capitals', () => {
    expect(bibtexCitation(ENTRY)).toBe(
      [
        '@misc{admm-14,',
        '  author = {{Vietnam’s defence diplomacy, 2015–2025}},',
        '  title = {{ADMM-14}},',
        '  howpublished = {Timeline entry},',
        '  note = {Dated 9 December 2020},',
        '  url = {https://timeline.example.org/events/admm-14/},',
        '}',
      ].join('\n'),
    );
  });

  it('escape every BibTeX special character in titles', () => {
    const bibtex = bibtexCitation({ ...ENTRY, title: 'R&D {50%} #1 $5 a_b ~x^y \\z' });
    expect(bibtex).toContain(
      'title = {{R\\&D \\{50\\%\\} \\#1 \\$5 a\\_b \\textasciitilde{}x\\textasciicircum{}y \\textbackslash{}z}},',
    );
  });

  it('keep braces balanced whatever the title, so the entry cannot be closed early', () => {
    const bibtex = bibtexCitation({ ...ENTRY, title: 'A}, evil = {x' });
    const depth = Array.from(bibtex.replace(/\\[{}]/gu, '')).reduce(
      (d, c) => (d < 0 ? d : c === '{' ? d + 1 : c === '}' ? d - 1 : d),
      0,
    );
    expect(depth).toBe(0);
    expect(bibtex).not.toMatch(/^\s*evil =/mu);
  });

  it('percent-encode braces, backslashes and spaces in URLs and keep the key to safe characters', () => {
    const bibtex = bibtexCitation({ ...ENTRY, id: 'a_b c', url: 'https://x.example/a b/{c}\\' });
    expect(bibtex).toContain('url = {https://x.example/a%20b/%7Bc%7D%5C},');
    expect(bibtex.startsWith('@misc{a-b-c,')).toBe(true);
  });
});

describe('escapeBibtex', () => {
  it('leaves ordinary and non-ASCII text alone', () => {
    expect(escapeBibtex('Hoàng Xuân Chiến – “quoted”')).toBe('Hoàng Xuân Chiến – “quoted”');
  });
});

describe('site citations', () => {
  const SITE = { siteName: 'Vietnam’s defence diplomacy, 2015–2025', url: 'https://x.example/t/', key: 'timeline' };

  it('cite the whole timeline as plain text and BibTeX', () => {
    expect(plainTextSiteCitation(SITE)).toBe(
      'Vietnam’s defence diplomacy, 2015–2025: a sourced timeline. https://x.example/t/',
    );
    expect(bibtexSiteCitation(SITE)).toBe(
      [
        '@misc{timeline,',
        '  title = {{Vietnam’s defence diplomacy, 2015–2025}},',
        '  howpublished = {A sourced timeline},',
        '  url = {https://x.example/t/},',
        '}',
      ].join('\n'),
    );
  });
});
