/**
 * Dates as the timeline writes them for readers: axis ticks and the
 * accessible names of marks, through the one date formatter of the site.
 */
import { wordsFor, type Lang } from '../../i18n/editions';
import { formatEdtfRange, shortMonth } from '../dates/format';
import type { TimelineDatum } from './timeline-item';

/**
 * Tick labels that follow the zoom: years at the turn of a year, months at the
 * first, days otherwise; `withYear` adds the year to a month or day.
 */
export function formatTick(date: Date, lang: Lang, { withYear = false }: { withYear?: boolean } = {}): string {
  const messages = wordsFor(lang).timeline;
  const year = date.getUTCFullYear();
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(year);
  const month = shortMonth(date, lang);
  const label = date.getUTCDate() === 1 ? month : messages.tickDay(date.getUTCDate(), month);
  return withYear ? messages.tickWithYear(label, year) : label;
}

/** "9 January 2024: Review of 2023. Review conference, event." Made when a mark is drawn, not for every item. */
export function accessibleLabel(datum: TimelineDatum, lang: Lang): string {
  const words = wordsFor(lang);
  const date = formatEdtfRange(datum.start, datum.end, lang);
  return words.timeline.markName(
    date,
    datum.inferred,
    datum.title,
    words.types[datum.type],
    words.kindsInSentence[datum.kind],
  );
}
