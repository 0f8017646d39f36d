import type { EventStatus } from '../../schemas/vocabulary/lanes';
import type { StatedDates, StatedDay } from './stated-dates';

/**
 * A draft's dates, only as precise as its sentence states them. A day and
 * month without a year take the publication's year, and say so: a held event
 * cannot follow its own report, a planned one cannot precede it.
 */

interface DraftDates {
  start?: string;
  end?: string;
  startInferred?: string;
  endInferred?: string;
  /** Why there is no start, when the sentence gives a day but nothing gives its year. */
  unknown?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (year: number, { month, day }: StatedDay) => `${year}-${pad(month)}-${pad(day)}`;

/** How many years after the publication's each relative year is. */
const RELATIVE_YEARS: Record<string, number> = { next: 1, last: -1, this: 0, sau: 1, tới: 1, trước: -1, nay: 0 };

function yearFor(day: StatedDay, published: string, status: EventStatus, relative?: string) {
  const year = Number(published.slice(0, 4));
  const offset =
    relative === undefined ? undefined : RELATIVE_YEARS[relative.split(' ').find((w) => w in RELATIVE_YEARS) ?? ''];
  if (offset !== undefined) return { year: year + offset, shifted: false, relative };
  const date = dayString(year, day);
  const publishedDay = published.padEnd(10, status === 'planned' ? '-00' : '-99');
  if (status === 'planned' && date < publishedDay) return { year: year + 1, shifted: true };
  if (status !== 'planned' && date > publishedDay) return { year: year - 1, shifted: true };
  return { year, shifted: false };
}

export function draftDates(
  stated: StatedDates | undefined,
  published: string | undefined,
  status: EventStatus,
  /** "next year", "năm sau": the sentence's own word for the year. */
  relative?: string,
) {
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
      const { year, shifted, relative: words } = yearFor(day, published, status, relative);
      dates[field] = dayString(year, day);
      const which = shifted ? (status === 'planned' ? 'the year after that' : 'the year before that') : 'that';
      const because = shifted
        ? `, as the ${status === 'planned' ? 'plan cannot precede' : 'event cannot follow'} its report.`
        : '.';
      dates[`${field}Inferred`] = words
        ? `The text says "${said}" and "${words}"; the year is counted from the publication date (${published}).`
        : `The text says "${said}" without a year; the year is ${which} of the publication date (${published})${because}`;
    } else {
      dates.unknown = `the text says "${said}" without a year, and the publication date is unknown (give --published)`;
      return dates;
    }
  }
  return dates;
}
