import { precisionOf, type Precision } from '../../schemas/edtf';
import { formatEdtf } from '../dates/format';
import { ui } from '../../i18n/en/ui';

const words = ui.precision;

/** What a date of the precision leaves unknown, in words; null for a day-precise date, which needs no remark. */
export function precisionPhrase(precision: Precision): string | null {
  return words.unknown[precision];
}

/**
 * Says how precisely an entry's dates are known, e.g. "month known, day not",
 * or "end: year known, month and day not" when only the end is vague; null when
 * every date is known to the day.
 */
export function describeDatePrecision(start: string, end?: string | null): string | null {
  const startPhrase = precisionPhrase(precisionOf(start));
  if (!end || end === start) return startPhrase;
  const endPhrase = precisionPhrase(precisionOf(end));
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
export function describeDating(dating: Dating | 'unknown'): DatingDescription | null {
  if (dating === 'unknown') return null;
  return {
    text: formatEdtf(dating.date),
    precision: precisionPhrase(dating.precision),
    inferred: dating.inferred ? (dating.reason ?? words.reasonNotGiven) : null,
  };
}
