/**
 * Turns a raw article text, as copied from a news page, into paragraphs of
 * body text, keeping photo captions and page metadata apart.
 */

export interface CleanedArticle {
  /** Body paragraphs, verbatim but for whitespace and end marks. */
  paragraphs: string[];
  /** Photo captions, in order of appearance. */
  captions: string[];
  /** A `date YYYY-MM-DD` stamp left by the page's metadata, if any. */
  pageDate?: string;
  /** Name from a closing "Translated by …" line. */
  translator?: string;
  /** Counts of what was removed, for the curator's report. */
  removed: { markers: number; endMarks: number };
}

/** qdnd.vn pages leave this word where an image's alignment buttons were. */
const IMAGE_MARKER = /^left\s*center\s*right\s*del$/iu;
const PAGE_DATE = /^date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$/u;
const PHOTO_CREDIT = /\(Photo:\s*[^)]+\)\s*$/u;
const TRANSLATOR = /^Translated by\s+(.+?)\.?$/u;
/** VNA ends its wire stories with "/." or "-VNA". */
const END_MARK = /\s*(?:\/\.|[-–]\s*VNA)\s*$/u;
/** A line that ends a sentence (or a quotation that does). */
const SENTENCE_END = /[.!?:;…]["'”’)]*$/u;
const MAX_CAPTION_LENGTH = 90;

/** A short line that does not end as a sentence does, like "An overview of the event". */
function looksLikeCaption(line: string): boolean {
  return (
    line.length <= MAX_CAPTION_LENGTH && !SENTENCE_END.test(line) && !END_MARK.test(line) && !TRANSLATOR.test(line)
  );
}

export function cleanArticle(raw: string): CleanedArticle {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n?|\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim());

  const result: CleanedArticle = { paragraphs: [], captions: [], removed: { markers: 0, endMarks: 0 } };
  let captionNext = false;
  for (const line of lines) {
    if (line === '') continue;
    if (IMAGE_MARKER.test(line)) {
      result.removed.markers += 1;
      captionNext = true;
      continue;
    }
    const pageDate = PAGE_DATE.exec(line);
    if (pageDate?.[1] && result.pageDate === undefined && result.paragraphs.length === 0) {
      result.pageDate = pageDate[1];
      if (pageDate[2]) result.captions.push(pageDate[2]);
      continue;
    }
    const translator = TRANSLATOR.exec(line);
    if (translator?.[1]) {
      result.translator = translator[1];
      continue;
    }
    if (captionNext || PHOTO_CREDIT.test(line) || looksLikeCaption(line)) {
      result.captions.push(line);
      captionNext = false;
      continue;
    }
    result.paragraphs.push(line);
  }

  const last = result.paragraphs.length - 1;
  const lastParagraph = result.paragraphs[last];
  if (lastParagraph !== undefined && END_MARK.test(lastParagraph)) {
    result.paragraphs[last] = lastParagraph.replace(END_MARK, '');
    result.removed.endMarks += 1;
  }
  return result;
}
