import { precisionOf, type Precision } from '../../schemas/edtf';
import { formatEdtf } from '../dates/format';
import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { uiFor } from '../../i18n/ui-editions';

/** What a date of the precision leaves unknown, in words; null for a day-precise date, which needs no remark. */
export function precisionPhrase(precision: Precision, lang: Lang = DEFAULT_LANG): string | null {
  return uiFor(lang).precision.unknown[precision];
}

/**
 * Says how precisely an entry's dates are known, e.g. "month known, day not",
 * or "end: year known, month and day not" when only the end is vague; null when
 * every date is known to the day.
 */
export function describeDatePrecision(start: string, end?: string | null, lang: Lang = DEFAULT_LANG): string | null {
  const words = uiFor(lang).precision;
  const startPhrase = precisionPhrase(precisionOf(start), lang);
  if (!end || end === start) return startPhrase;
  const endPhrase = precisionPhrase(precisionOf(end), lang);
  if (startPhrase === endPhrase) return startPhrase;
  return [startPhrase && words.start(startPhrase), endPhrase && words.end(endPhrase)].filter(Boolean).join('; ');
}

/** A source's dating as frontmatter gives it. */
export interface Dating {
  date: string;
  precision: Precision;
  inferred: boolean;
  reason?: string | undefined;
}

export interface DatingDescription {
  /** "9 January 2024". */
  text: string;
  /** "month known, day not", or null when known to the day. */
  precision: string | null;
  /** Why the date was reasoned rather than read, or null when it was read. */
  inferred: string | null;
}

/** A source's date for readers; null when it is unknown. */
export function describeDating(dating: Dating | 'unknown', lang: Lang = DEFAULT_LANG): DatingDescription | null {
  if (dating === 'unknown') return null;
  return {
    text: formatEdtf(dating.date, lang),
    precision: precisionPhrase(dating.precision, lang),
    inferred: dating.inferred ? (dating.reason ?? uiFor(lang).precision.reasonNotGiven) : null,
  };
}
