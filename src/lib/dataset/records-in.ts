import type { Lang } from '../../i18n/editions';
import type { EventsJson } from '../../schemas/events-json';
import { placeIn, summaryIn, titleIn } from '../content/localized';
import { entryPath } from './paths';

/**
 * The dataset as one edition's feed and calendar write it: each entry's
 * title, summary and place in that edition's language where the entry has
 * them (else the English), and its address on that edition's pages.
 */
export function recordsIn(json: EventsJson, lang: Lang, editionBase: string): EventsJson {
  if (lang === 'en') return json;
  return {
    ...json,
    events: json.events.map((event) => ({
      ...event,
      title: titleIn(event, lang).text,
      summary: summaryIn(event, event.summary, lang).text,
      place: placeIn(event, lang) ?? event.place,
      url: entryPath(editionBase, 'events', event.id),
    })),
  };
}
