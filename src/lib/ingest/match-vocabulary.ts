import { PARTNERS, type PartnerId } from '../../schemas/vocabulary/partners';
import { SERIES, type SeriesId } from '../../schemas/vocabulary/series';

/**
 * The partners and series a passage names, by the vocabularies' own names
 * (English and Vietnamese, with the acronym a name gives in brackets), read
 * past the spellings that differ between reports: "Defense"/"Defence", an en
 * dash or a spaced hyphen between countries, a curly apostrophe.
 */

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘]/gu, "'")
    .replace(/\s*[–—-]\s*/gu, '-')
    .replace(/\bdefense\b/giu, 'defence')
    .toLowerCase();
}

/** "UN Mission in South Sudan (UNMISS)" → itself, "UN Mission in South Sudan" and "UNMISS". */
function namesOf(...names: string[]): string[] {
  return names.flatMap((name) => {
    const bracket = /^(.*?)\s*\(([^)]+)\)$/u.exec(name);
    // A series of rotations is named by its unit: "Level-2 Field Hospital rotations" → "Level-2 Field Hospital".
    const unit = / rotations$/u.test(name) ? [name.replace(/ rotations$/u, '')] : [];
    return [name, ...unit, ...(bracket?.[1] && bracket[2] ? [bracket[1], bracket[2]] : [])].map(normalise);
  });
}

interface Named<Id> {
  id: Id;
  start: number;
  end: number;
}

/** Every vocabulary entry named in the text; a name inside a longer one ("ASEAN" in "ASEAN Regional Forum") does not count. */
function namedIn<Id extends string>(text: string, entries: readonly (readonly [Id, string[]])[]): Named<Id>[] {
  const haystack = normalise(text);
  const found: Named<Id>[] = [];
  for (const [id, names] of entries) {
    for (const name of names) {
      let at = haystack.indexOf(name);
      while (at >= 0) {
        const before = haystack[at - 1] ?? ' ';
        const after = haystack[at + name.length] ?? ' ';
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
          found.push({ id, start: at, end: at + name.length });
        }
        at = haystack.indexOf(name, at + 1);
      }
    }
  }
  const kept = found.filter(
    (a) => !found.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start),
  );
  return kept.sort((a, b) => a.start - b.start);
}

const PARTNER_NAMES = Object.entries(PARTNERS).map(([id, { en, vi }]) => [id as PartnerId, namesOf(en, vi)] as const);
const SERIES_NAMES = Object.entries(SERIES).map(([id, { en, vi }]) => [id as SeriesId, namesOf(en, vi)] as const);

/** The partners the text names, each once, in order of first mention. */
export function partnersNamed(text: string): PartnerId[] {
  return [...new Set(namedIn(text, PARTNER_NAMES).map(({ id }) => id))];
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_BEFORE = new RegExp(String.raw`(?:(\d+)(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}))\s*$`, 'iu');

/** "… Rotation 5", "… No.1". */
const NUMBER_AFTER = /^\s*(?:rotation\s*)?(?:no\.?\s*)?(\d+)\b/u;

/** The first series the text names, with its number where an ordinal stands just before the name ("8th", "second") or a number after it ("Rotation 5"). */
export function seriesNamed(text: string): { id: SeriesId; number?: number } | undefined {
  const [first] = namedIn(text, SERIES_NAMES);
  if (!first) return undefined;
  const normalised = normalise(text);
  const ordinal = ORDINAL_BEFORE.exec(normalised.slice(0, first.start));
  const after = NUMBER_AFTER.exec(normalised.slice(first.end));
  const number = ordinal?.[1]
    ? Number(ordinal[1])
    : after?.[1]
      ? Number(after[1])
      : ORDINAL_WORDS.indexOf(ordinal?.[2]?.toLowerCase() ?? '') + 1;
  return number > 0 ? { id: first.id, number } : { id: first.id };
}
