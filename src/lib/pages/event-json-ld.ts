import type { EventFrontmatter } from '../../schemas/event';

export interface EventJsonLdInput {
  title: string;
  /** EDTF level-0 dates are ISO 8601 (partial) dates, which schema.org accepts as they are. */
  start: string;
  end?: string | null | undefined;
  place: string;
  status: EventFrontmatter['status'];
  /** The summary as plain text. */
  description: string;
  /** The entry's absolute URL. */
  url: string;
}

/**
 * schema.org has no status for an event that took place: `EventScheduled`
 * is its default, "happening or happened as planned". Nothing here was
 * cancelled, postponed or moved online after being announced otherwise.
 */
const EVENT_STATUS: Record<EventFrontmatter['status'], string> = {
  held: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  reported: 'https://schema.org/EventScheduled',
};

/** A schema.org `Event` object for one entry. */
export function eventJsonLd({ title, start, end, place, status, description, url }: EventJsonLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: title,
    startDate: start,
    ...(end ? { endDate: end } : {}),
    location: { '@type': 'Place', name: place },
    description,
    eventStatus: EVENT_STATUS[status],
    url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are
 * written as \u escapes (still the same JSON), so that no text in the content,
 * such as `</script>` or `<!--`, can end the script element early.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
