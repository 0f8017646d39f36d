import { formatEdtfRange } from '../dates/format';
import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { uiFor } from '../../i18n/ui-editions';

/** What a citation of one timeline entry needs. */
export interface EntryCitationInput {
  /** The entry's id: also the BibTeX key. */
  id: string;
  title: string;
  start: string;
  end?: string | null | undefined;
  /** The entry's absolute URL. */
  url: string;
  /** The site's name, cited as its (corporate) author. */
  siteName: string;
}

/**
 * A plain-text citation, e.g.
 * `Vietnam’s defence diplomacy, 2015–2025. “ADMM-14” (9 December 2020). Timeline entry. https://…/events/admm-14/`.
 * No access date: the page is built, not served, and must stay byte-identical between builds.
 */
export function plainTextCitation(
  { title, start, end, url, siteName }: EntryCitationInput,
  lang: Lang = DEFAULT_LANG,
): string {
  const words = uiFor(lang).cite;
  return `${siteName}. “${title}” (${formatEdtfRange(start, end, lang)}). ${words.entryMedium}. ${url}`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the characters that TeX would read as commands, groups or comments; other text is kept (UTF-8). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_~^]/gu, (char) => BIBTEX_SPECIALS[char] ?? char);
}

/** URLs are read verbatim by biblatex and the url package; only braces, backslashes and spaces could break the field. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A BibTeX key: letters, digits and hyphens only (ids already are; anything else is dropped). */
function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'entry';
}

/** A BibTeX `@misc` entry; double braces keep the title's and the site name's capitals as written. */
export function bibtexCitation(
  { id, title, start, end, url, siteName }: EntryCitationInput,
  lang: Lang = DEFAULT_LANG,
): string {
  const words = uiFor(lang).cite;
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(siteName)}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['howpublished', words.entryMedium],
    ['note', escapeBibtex(words.dated(formatEdtfRange(start, end, lang)))],
    ['url', bibtexUrl(url)],
  ];
  return formatBibtex(id, fields);
}

function formatBibtex(key: string, fields: readonly [string, string][]): string {
  return `@misc{${bibtexKey(key)},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/** What a citation of the whole timeline needs. */
export interface SiteCitationInput {
  siteName: string;
  /** The site's absolute home URL. */
  url: string;
  /** The BibTeX key. */
  key: string;
}

export function plainTextSiteCitation({ siteName, url }: SiteCitationInput, lang: Lang = DEFAULT_LANG): string {
  return `${uiFor(lang).cite.siteTitle(siteName)} ${url}`;
}

export function bibtexSiteCitation({ siteName, url, key }: SiteCitationInput, lang: Lang = DEFAULT_LANG): string {
  const fields: [string, string][] = [
    ['title', `{${escapeBibtex(siteName)}}`],
    ['howpublished', uiFor(lang).cite.siteMedium],
    ['url', bibtexUrl(url)],
  ];
  return formatBibtex(key, fields);
}
