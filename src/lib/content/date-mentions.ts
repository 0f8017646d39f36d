/**
 * Finds the calendar days a passage states, in the forms the sources use:
 * "September 24", "24 September 2024", "Sept. 24", "May 31 to June1",
 * "April 11 and 12", "24/9", "27-7-2017", "14-18/10", "ngày 24 tháng 9",
 * "9月24日", "3月14日至18日", "24 septembre", "1er mars", "17. Oktober", "Mayo 25", "2024-09-24".
 * A day is only ever read with its month; a year only when the same phrase
 * gives it.
 */

export interface DayMention {
  day: number;
  month: number;
  year?: number;
}

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const SPANISH_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const GERMAN_MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];

/** Month words and abbreviations ("Sept.", "Oct") to month numbers; Spanish also serves Filipino ("Mayo 25"). */
const MONTH_WORDS = new Map<string, number>();
ENGLISH_MONTHS.forEach((name, index) => {
  MONTH_WORDS.set(name, index + 1);
  MONTH_WORDS.set(name.slice(0, 3), index + 1);
});
MONTH_WORDS.set('sept', 9);
for (const names of [FRENCH_MONTHS, SPANISH_MONTHS, GERMAN_MONTHS]) {
  names.forEach((name, index) => MONTH_WORDS.set(name, index + 1));
}

const monthAlternation = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${monthAlternation})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?';
/** A second day closing a range: "11 and 12", "10-12", "14 to 18". */
const RANGE_END = `(?:\\s*(?:-|–|—|and|to|&|et|au)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?`;
const YEAR = '(?:,?\\s*(\\d{4}))?';

const PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => DayMention[] }[] = [
  {
    // September 24 / Sept. 24-26, 2024 / May 31 to June1
    regex: new RegExp(`(?<![\\p{L}])${MONTH}\\s*${DAY}(?!\\d)${RANGE_END}(?!\\s*(?:${monthAlternation}))${YEAR}`, 'giu'),
    read: (m) => withRange(monthOf(m[1]), m[2], m[3], m[4]),
  },
  {
    // 24 September 2024 / 11 and 12 April / 1er mars / 17. Oktober / 5 de mayo
    regex: new RegExp(`(?<!\\d)${DAY}\\.?${RANGE_END}\\s+(?:of\\s+|de\\s+)?${MONTH}(?![\\p{L}])${YEAR}`, 'giu'),
    read: (m) => withRange(monthOf(m[3]), m[1], m[2], m[4]),
  },
  {
    // ngày 24 tháng 9 năm 2024
    regex: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    read: (m) => withRange(Number(m[2]), m[1], undefined, m[3]),
  },
  {
    // 14-18/10, 14 – 18/10/2024
    regex: /(?<![\d/.-])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/gu,
    read: (m) => withRange(Number(m[3]), m[1], m[2], m[4]),
  },
  {
    // 24/9, 24-9, 27-7-2017, 24.9.2024
    regex: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\d/])/gu,
    read: (m) => withRange(Number(m[3]), m[1], undefined, m[4]),
  },
  {
    // 2024年9月24日, 3月14日至18日
    regex: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|-|–|~)\s*(\d{1,2})\s*日)?/gu,
    read: (m) => withRange(Number(m[2]), m[3], m[4], m[1]),
  },
  {
    // 2024-09-24
    regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu,
    read: (m) => withRange(Number(m[2]), m[3], undefined, m[1]),
  },
];

function monthOf(word: string | undefined): number {
  return MONTH_WORDS.get((word ?? '').toLowerCase()) ?? 0;
}

function withRange(month: number, first: string | undefined, last: string | undefined, year: string | undefined) {
  const mentions: DayMention[] = [];
  for (const day of [first, last]) {
    if (day === undefined) continue;
    const value = Number(day);
    if (month >= 1 && month <= 12 && value >= 1 && value <= 31) {
      mentions.push(year === undefined ? { day: value, month } : { day: value, month, year: Number(year) });
    }
  }
  return mentions;
}

/** Every day-and-month a passage states. */
export function dayMentions(text: string): DayMention[] {
  const normalised = text.normalize('NFC');
  return PATTERNS.flatMap(({ regex, read }) => [...normalised.matchAll(regex)].flatMap((match) => read(match)));
}

/**
 * Whether the passage states this day: its day and month, and its year too
 * where the phrase gives a year.
 */
export function statesDay(text: string, date: { year: number; month: number; day: number }): boolean {
  return dayMentions(text).some(
    (m) => m.day === date.day && m.month === date.month && (m.year === undefined || m.year === date.year),
  );
}
