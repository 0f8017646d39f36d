/**
 * An entry's summary and quoted citations as HTML: the same markup in the
 * chronology of a year's page and in the details chunks the timeline loads
 * for the compact lists of the home and embed pages.
 */
import { wordsFor, type Lang } from '../../i18n/editions';
import { langMark, summaryIn } from '../content/localized';
import type { EventEntry, SourceEntry } from '../content/model';
import { renderMarkdown } from '../markdown/render-markdown';

interface DetailsCitation {
  sourceTitle: string;
  href: string;
  /** The source's public address, printed after its title on paper; null when not known. */
  address: string | null;
  /** BCP 47 language of the quoted passage. */
  language: string;
  quote: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => ESCAPES[character] ?? character);
}

/** An entry's summary (Markdown, sanitised) and citations (text, escaped): hostile content stays inert. */
export function entryDetailsHtml(
  event: EventEntry,
  sourcesById: ReadonlyMap<string, SourceEntry>,
  sourceHref: (id: string) => string,
  lang: Lang,
): string {
  const summary = summaryIn(event.data, event.body, lang);
  return detailsHtml(
    { html: renderMarkdown(summary.text), lang: langMark(summary, lang) },
    event.data.sources.map(({ source, quote }) => ({
      sourceTitle: sourcesById.get(source)?.data.title ?? source,
      href: sourceHref(source),
      address: publicAddress(sourcesById.get(source)),
      language: sourcesById.get(source)?.data.language ?? 'en',
      quote,
    })),
    wordsFor(lang).chronology,
  );
}

/** A source's public address, when it is known: printed pages show it after the source's title. */
export function publicAddress(source: SourceEntry | undefined): string | null {
  const url = source?.data.url;
  return url === undefined || url === 'unknown' ? null : url;
}

function detailsHtml(
  summary: { html: string; lang: Lang | undefined },
  citations: readonly DetailsCitation[],
  words: { source: string; sources: string },
): string {
  const items = citations
    .map(
      (citation) =>
        `<li><cite><a href="${escapeHtml(citation.href)}"${
          citation.address === null ? '' : ` data-address="${escapeHtml(citation.address)}"`
        }>${escapeHtml(citation.sourceTitle)}</a></cite>` +
        `<blockquote lang="${escapeHtml(citation.language)}">${escapeHtml(citation.quote)}</blockquote></li>`,
    )
    .join('');
  const heading = citations.length === 1 ? words.source : words.sources;
  return (
    `<div class="summary"${summary.lang ? ` lang="${summary.lang}"` : ''}>${summary.html}</div>` +
    `<div class="citations"><p class="citations-heading">${escapeHtml(heading)}</p><ul>${items}</ul></div>`
  );
}
