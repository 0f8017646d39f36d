import type { EventStatus } from '../../schemas/vocabulary/lanes';
import type { StatedDates, StatedDay } from './stated-dates';

/**
 * A draft's dates, only as precise as its sentence states them. A day and
 * month without a year take the publication's year, and say so: a held event
 * cannot follow its own report, a planned one cannot precede it.
 */

export interface DraftDates {
  start?: string;
  end?: string;
  startInferred?: string;
  endInferred?: string;
  /** Why there is no start, when the sentence gives a day but nothing gives its year. */
  unknown?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (year: number, { month, day }: StatedDay) => `${year}-${pad(month)}-${pad(day)}`;

function yearFor(day: StatedDay, published: string, status: EventStatus): { year: number; shifted: boolean } {
  const year = Number(published.slice(0, 4));
  const date = dayString(year, day);
  const publishedDay = published.padEnd(10, status === 'planned' ? '-00' : '-99');
  if (status === 'planned' && date < publishedDay) return { year: year + 1, shifted: true };
  if (status !== 'planned' && date > publishedDay) return { year: year - 1, shifted: true };
  return { year, shifted: false };
}

export function draftDates(stated: StatedDates | undefined, published: string | undefined, status: EventStatus) {
  if (!stated) return {};
  const { start, end, said } = stated;
  const dates: DraftDates = {};
  for (const [field, day] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (day === undefined) continue;
    if (day.year !== undefined) {
      dates[field] = dayString(day.year, day);
    } else if (published !== undefined) {
      const { year, shifted } = yearFor(day, published, status);
      dates[field] = dayString(year, day);
      const which = shifted ? (status === 'planned' ? 'the year after that' : 'the year before that') : 'that';
      dates[`${field}Inferred`] =
        `The text says "${said}" without a year; the year is ${which} of the publication date (${published})` +
        (shifted
          ? `, as the ${status === 'planned' ? 'plan cannot precede' : 'event cannot follow'} its report.`
          : '.');
    } else {
      dates.unknown = `the text says "${said}" without a year, and the publication date is unknown (give --published)`;
      return dates;
    }
  }
  return dates;
}
