import { MONTHS, sentencesOf } from './detect-metadata';

/**
 * Finds what in an article could become a timeline entry, for the curator to
 * confirm against a source: nothing found here is written to content by itself.
 */

const CANDIDATE_KINDS = ['anniversary', 'rotation', 'exchange', 'expo', 'meeting', 'date', 'year'] as const;
type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export interface Candidate {
  kind: CandidateKind;
  /** The words that matched. */
  text: string;
  /** 1-based paragraph number in the cleaned body. */
  paragraph: number;
  /** The sentence holding it, verbatim, ready to quote. */
  sentence: string;
}

const ORDINAL_WORDS = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth`;
const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})`;
const NAME = String.raw`[A-Z][\p{L}’'-]*(?:\s+(?:-\s+)?(?:[A-Z][\p{L}’'-]*|of|the|and))*`;
const MONTH = MONTHS.join('|');

const TRAILING_CONNECTORS = /(?:\s+(?:of|the|and))+\s*$/u;

const PATTERNS: Record<CandidateKind, RegExp> = {
  anniversary: new RegExp(String.raw`\b${ORDINAL} (?:founding )?anniversary of (?:the )?${NAME}`, 'gu'),
  rotation: /\b(?:Level-2 Field Hospital|Engineering (?:Company|Unit)) Rotation (?:No\.? ?)?\d+\b/gu,
  exchange: new RegExp(String.raw`\b${ORDINAL} ${NAME} Exchange\b`, 'gu'),
  expo: new RegExp(String.raw`\b(?:(?:${ORDINAL}) )?Vietnam (?:International )?Defen[cs]e Expo(?: \d{4})?`, 'giu'),
  meeting:
    /\b(?:Chair of ASEAN|ASEAN Chair\w*|ADMM(?:-Plus| Retreat)?|ADSOM(?:-Plus)?|[A-Z][\p{L}-]* (?:Defen[cs]e )?Ministers'? Meeting)\b/gu,
  date: new RegExp(String.raw`\b(?:(?:${MONTH}) \d{1,2}(?:, \d{4})?|\d{1,2} (?:${MONTH})(?: \d{4})?)\b`, 'gu'),
  year: /\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/gu,
};

export function detectCandidates(paragraphs: readonly string[]): Candidate[] {
  const candidates: Candidate[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const sentence of sentencesOf(paragraph)) {
      const taken: [number, number][] = [];
      for (const kind of CANDIDATE_KINDS) {
        for (const match of sentence.matchAll(PATTERNS[kind])) {
          const start = match.index;
          const end = start + match[0].length;
          // A year inside a date already found is not a second candidate.
          if (taken.some(([a, b]) => start >= a && end <= b)) continue;
          taken.push([start, end]);
          const text = match[0].replace(TRAILING_CONNECTORS, '');
          candidates.push({ kind, text, paragraph: index + 1, sentence });
        }
      }
    }
  });
  return candidates;
}
