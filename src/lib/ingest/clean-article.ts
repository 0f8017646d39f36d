/**
 * Turns a raw article text, as copied from a news page, into paragraphs of
 * body text, keeping photo captions and page metadata apart.
 */

export interface CleanedArticle {
  /** The headline, when the text begins with one: a short first line that is not a sentence. */
  headline?: string;
  /** Body paragraphs, verbatim but for whitespace, site tags and end marks. */
  paragraphs: string[];
  /** Photo captions, in order of appearance. */
  captions: string[];
  /** A site's tag that opened the body ("VOV.VN -", "(QĐND) -"), removed from it. */
  siteTag?: string;
  /** Lines that only credit an agency or photographer ("VNA", "(Ảnh: …)"), removed from the body. */
  credits: string[];
  /** The page's own furniture ("follow us on…", "read more"), removed from the body. */
  furniture: string[];
  /** Reporters' bylines, removed from the body: a reporter is not a participant. */
  bylines: string[];
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
const PHOTO_CREDIT = /\((?:Photo|Ảnh)\s*:\s*[^)]+\)\s*$/u;
/** A reporter's byline, as Vietnamese papers print it: a name in capitals on a line of its own ("NGUYỄN AN"). */
const BYLINE = /^(?=.*\s)[\p{Lu}\s.]{4,40}$/u;
const TRANSLATOR = /^Translated by\s+(.+?)\.?$/u;
/** VNA ends its wire stories with "/." or "-VNA". */
const END_MARK = /\s*(?:\/\.|[-–]\s*VNA)\s*$/u;
/** A site's tag before the first words of the body: "VOV.VN - ", "(PL)-", "(QĐND) - ". */
const SITE_TAG = /^((?:[A-Z][\w]*\.(?:VN|vn|com|net)|\((?:PL|QĐND|VNA|TTXVN|VOV|CAND|ND)\)))\s*[-–—]\s*/u;
/** A line that only credits: an agency's code, or a photo credit alone. */
const CREDIT_LINE = /^(?:VNA|TTXVN|VOV|QĐND|\(?(?:Photo|Ảnh)\s*:[^)]*\)?)$/u;
/** The page's own furniture: invitations to follow the site, lists of further reading. */
const FURNITURE =
  /^(?:Mời quý độc giả|Xem thêm|Tin liên quan|Đọc thêm|Read more|Related (?:news|articles|posts)|Follow us|See also)(?!\p{L})/iu;
const MAX_HEADLINE_LENGTH = 160;
/** A line that ends a sentence (or a quotation that does). */
const SENTENCE_END = /[.!?:;…]["'”’)]*$/u;
const MAX_CAPTION_LENGTH = 90;

/** A short line that does not end as a sentence does, like "An overview of the event". */
function looksLikeCaption(line: string): boolean {
  return (
    line.length <= MAX_CAPTION_LENGTH && !SENTENCE_END.test(line) && !END_MARK.test(line) && !TRANSLATOR.test(line)
  );
}

/** A first line that is short, is no sentence, ends in no wire mark, and has a body after it. */
function isHeadline(line: string, lineCount: number): boolean {
  return lineCount > 1 && line.length <= MAX_HEADLINE_LENGTH && !SENTENCE_END.test(line) && !END_MARK.test(line);
}

export function cleanArticle(raw: string): CleanedArticle {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n?|\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim());

  const result: CleanedArticle = {
    paragraphs: [],
    captions: [],
    credits: [],
    furniture: [],
    bylines: [],
    removed: { markers: 0, endMarks: 0 },
  };
  let captionNext = false;
  let first = true;
  const lineCount = lines.filter(Boolean).length;
  for (const line of lines) {
    if (line === '') continue;
    const opening = first;
    first = false;
    if (CREDIT_LINE.test(line)) {
      result.credits.push(line);
      continue;
    }
    if (FURNITURE.test(line)) {
      result.furniture.push(line);
      continue;
    }
    if (!opening && BYLINE.test(line)) {
      result.bylines.push(line);
      continue;
    }
    if (IMAGE_MARKER.test(line)) {
      result.removed.markers += 1;
      captionNext = true;
      continue;
    }
    const pageDate = PAGE_DATE.exec(line);
    if (pageDate?.[1] && result.pageDate === undefined && result.paragraphs.length === 0) {
      result.pageDate = pageDate[1];
      // The stamp shares its line with a photo's caption on some pages, with the headline on others.
      if (pageDate[2] && PHOTO_CREDIT.test(pageDate[2])) result.captions.push(pageDate[2]);
      else if (pageDate[2]) result.headline ??= pageDate[2];
      first = true;
      continue;
    }
    if (opening && result.headline === undefined && isHeadline(line, lineCount)) {
      result.headline = line;
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
    if (result.paragraphs.length === 0) {
      const tag = SITE_TAG.exec(line);
      if (tag?.[1]) {
        result.siteTag = tag[1];
        result.paragraphs.push(line.slice(tag[0].length));
        continue;
      }
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
