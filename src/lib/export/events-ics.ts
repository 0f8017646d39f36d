import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { uiFor } from '../../i18n/ui-editions';
import ical from 'ical-generator';
import { earliestDay, latestDay, precisionOf, type Precision } from '../../schemas/edtf';
import { markdownToPlainText } from '../markdown/plain-text';
import type { EventRecord, EventsJson } from '../../schemas/events-json';

const DAY_MS = 24 * 60 * 60 * 1000;

/** RFC 5545 ends every content line, the last one included, with CRLF; ical-generator omits the final one. */
const LINE_END = '\r\n';

export interface CalendarSpan {
  /** DTSTART: the first day the entry could begin, at UTC midnight. */
  firstDay: Date;
  /** DTEND: the day after the last day the entry could end, since an all-day DTEND is exclusive. */
  dayAfterLastDay: Date;
}

/**
 * The days a calendar should block for an entry: a date known only to the
 * month or year covers the whole month or year it could be, never a false
 * exact day, as on the timeline.
 */
export function calendarSpan(start: string, end: string | null): CalendarSpan {
  return {
    firstDay: new Date(earliestDay(start)),
    dayAfterLastDay: new Date(latestDay(end ?? start) + DAY_MS),
  };
}

/**
 * Says in the title that a calendar entry is wider than the event, because a
 * calendar cannot show "some day in July 2023" any other way: "(month known) "
 * for the start, "(end year known) " for an end known less precisely.
 */
export function precisionPrefix(start: string, end: string | null, lang: Lang = DEFAULT_LANG): string {
  const words = uiFor(lang).dataset;
  const startPrecision = precisionOf(start);
  if (startPrecision !== 'day') return words.startKnown(startPrecision);
  const endPrecision: Precision = end === null ? 'day' : precisionOf(end);
  if (endPrecision !== 'day') return words.endKnown(endPrecision);
  return '';
}

/**
 * DTSTAMP for every entry: the latest date the data mentions (an entry's
 * start or end, a source's publication), at its earliest day so that a
 * year-only "2025" does not stand for a day that may not have come yet.
 * Taken from the content, never the clock, so that two builds of the same
 * content give the same bytes.
 */
export function calendarStamp(json: EventsJson): Date {
  const dates = [
    ...json.events.flatMap((event) => (event.end === null ? [event.start] : [event.start, event.end])),
    ...json.sources.flatMap((source) => (source.published === null ? [] : [source.published])),
  ];
  if (dates.length === 0) throw new Error('events.ics needs at least one dated entry to take its DTSTAMP from');
  return new Date(Math.max(...dates.map(earliestDay)));
}

/** DESCRIPTION: the summary without Markdown syntax, the reasoning behind an inferred date, and the sources. */
function calendarDescription(event: EventRecord, sourceTitles: ReadonlyMap<string, string>): string {
  const citedSourceIds = [...new Set(event.sources.map((citation) => citation.source))];
  const paragraphs = [
    markdownToPlainText(event.summary),
    ...(event.startInferred === null ? [] : [`Start inferred: ${event.startInferred}`]),
    ...(event.endInferred === null ? [] : [`End inferred: ${event.endInferred}`]),
    ['Sources:', ...citedSourceIds.map((id) => `- ${sourceTitles.get(id) ?? id}`)].join('\n'),
  ];
  return paragraphs.join('\n\n');
}

/** Stands in UIDs for the site's host when it has no canonical address: an identifier, not an address. */
const UID_DOMAIN_FALLBACK = 'vietnam-defence-diplomacy-timeline';

/**
 * /data/events.ics: one all-day VEVENT per entry. Anniversaries are single
 * dated entries like the others, not yearly RRULEs: the content records the
 * one occurrence that was marked, not the ones that were not. Entry URLs are
 * written only when the site has a canonical address.
 */
export function toEventsCalendar(
  json: EventsJson,
  options: { name: string; site: string | undefined; lang?: Lang },
): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const host = options.site === undefined ? UID_DOMAIN_FALLBACK : new URL(options.site).host;
  const site = options.site;
  const stamp = calendarStamp(json);
  const sourceTitles = new Map(json.sources.map((source) => [source.id, source.title]));
  const calendar = ical({
    name: options.name,
    description: uiFor(lang).dataset.calendarDescription,
    prodId: { company: host, product: 'defence-diplomacy-timeline', language: lang.toUpperCase() },
  });
  for (const event of json.events) {
    const { firstDay, dayAfterLastDay } = calendarSpan(event.start, event.end);
    calendar.createEvent({
      id: `${event.id}@${host}`,
      // All-day dates given as UTC midnights, with no time zone set: ical-generator then writes the
      // UTC calendar day as a floating DATE, the same on every machine whatever its zone.
      allDay: true,
      start: firstDay,
      end: dayAfterLastDay,
      stamp,
      summary: `${precisionPrefix(event.start, event.end, lang)}${event.title}`,
      description: calendarDescription(event, sourceTitles),
      location: event.place,
      // The path already holds the base (e.g. /mirror/events/x/); the site supplies scheme and host.
      ...(site === undefined ? {} : { url: new URL(event.url, site).href }),
    });
  }
  return `${calendar.toString()}${LINE_END}`;
}
