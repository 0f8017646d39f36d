/**
 * Who chaired a meeting, where the text says so: only "chaired by", "presided
 * over" or "chủ trì" make a chair. Someone who is only quoted ("said", "noted",
 * "according to", "nói", "cho biết", "phát biểu") is not one, and a reporter's
 * byline never reaches this far (clean-article.ts takes it out of the body).
 */

export interface Chair {
  /** The name as the text writes it. */
  name: string;
  rank?: string;
  /** The post the text gives before the rank, as written ("Deputy Defense Minister"). */
  post?: string;
}

/** Ranks, longest first, so that "Senior Lieutenant General" is not read as "General". */
const EN_RANKS = [
  'Senior Lieutenant General',
  'Lieutenant General',
  'Major General',
  'Senior Colonel',
  'Lieutenant Colonel',
  'Rear Admiral',
  'Vice Admiral',
  'Admiral',
  'General',
  'Colonel',
  'Sr. Lt. Gen.',
  'Lt. Gen.',
  'Maj. Gen.',
  'Sen. Col.',
  'Gen.',
  'Col.',
];
const VI_RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Đô đốc',
  'Phó Đô đốc',
];

const WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
/** A run of capitalised words: a name with its post and rank ("Deputy Defense Minister Senior Lieutenant General Hoang Xuan Chien"). */
const NAMES = String.raw`${WORD}(?: ${WORD})*`;

const EN_CHAIR: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:chaired|presided over|co-chaired) by (${NAMES})`, 'u'),
  new RegExp(
    String.raw`(${NAMES}),? (?:who )?(?:chaired|presided over|co-chaired) (?:the )?\p{L}*\s?(?:conference|meeting|event)`,
    'u',
  ),
];
/** A Vietnamese rank is written in lower case after its first word ("Thượng tướng"), then the name. */
const VI_NAMES = String.raw`(?:(?:${VI_RANKS.join('|')}) )?${NAMES}`;
/** "do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng chủ trì"; "Thượng tướng Hoàng Xuân Chiến chủ trì hội nghị". */
const VI_CHAIR: readonly RegExp[] = [
  new RegExp(String.raw`(?:\bdo|dưới sự chủ trì của) (${VI_NAMES})(?:, ([^,.]+?))?,? chủ trì`, 'u'),
  new RegExp(String.raw`(${VI_NAMES}),?(?: ([^,.]+?),)? chủ trì (?:[Hh]ội nghị|cuộc họp|buổi)`, 'u'),
];

/** Splits "Deputy Defense Ministrer Senior Lieutenant General Hoang Xuan Chien" at the rank that ends last. */
function splitRank(phrase: string, ranks: readonly string[]): Chair | undefined {
  const words = phrase.replace(/\.$/u, '');
  let best: { at: number; rank: string } | undefined;
  for (const rank of ranks) {
    const at = words.lastIndexOf(`${rank} `);
    if (at < 0 || (at > 0 && words[at - 1] !== ' ')) continue;
    // The rank that ends last is the one before the name; of two ending there, the longer.
    const ends = at + rank.length;
    if (
      best === undefined ||
      ends > best.at + best.rank.length ||
      (ends === best.at + best.rank.length && at < best.at)
    ) {
      best = { at, rank };
    }
  }
  if (best === undefined) return words.includes(' ') ? { name: words } : undefined;
  const name = words.slice(best.at + best.rank.length).trim();
  const post = words.slice(0, best.at).trim();
  if (!name.includes(' ')) return undefined;
  return { name, rank: best.rank, ...(post ? { post } : {}) };
}

export function detectChair(sentences: readonly string[], language: string) {
  const [patterns, ranks] = language === 'vi' ? [VI_CHAIR, VI_RANKS] : [EN_CHAIR, EN_RANKS];
  for (const sentence of sentences) {
    for (const pattern of patterns) {
      const match = pattern.exec(sentence);
      const chair = match?.[1] ? splitRank(match[1], ranks) : undefined;
      if (!chair) continue;
      const post = match?.[2]?.trim();
      return { value: post && !chair.post ? { ...chair, post } : chair, evidence: sentence };
    }
  }
  return undefined;
}
