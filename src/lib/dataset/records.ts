import { publisherKind } from '../../schemas/vocabulary/publishers';
import { EventRecord, type EventsJson, SourceRecord } from '../../schemas/events-json';
import type { Content, EventEntry, SourceEntry } from '../content/model';
import { precisionOf } from '../../schemas/edtf';
import { rotationSuccessors, sortEvents, sortSources } from './order';
import { entryPath } from './paths';

const known = <T>(value: T | 'unknown'): T | null => (value === 'unknown' ? null : value);

/** The words of a rotation's inferred end; reader-facing, so the catalogue's. */
export interface RecordWords {
  successorEnd: (successorTitle: string) => string;
}

/**
 * A published record, built by parsing through the record schema: every field
 * the frontmatter may leave out is present, as null.
 */
function toEventRecord(
  { id, data, body }: EventEntry,
  base: string,
  inferredEnd?: { end: string; reason: string },
): EventRecord {
  const fields: Record<string, unknown> = { id };
  for (const key of Object.keys(EventRecord.shape)) {
    if (key !== 'id') fields[key] = (data as Record<string, unknown>)[key] ?? null;
  }
  if (inferredEnd) Object.assign(fields, { end: inferredEnd.end, endInferred: inferredEnd.reason });
  Object.assign(fields, {
    precision: precisionOf(data.start),
    summary: body.trim(),
    url: entryPath(base, 'events', id),
  });
  return EventRecord.parse(fields);
}

function toSourceRecord({ id, data }: SourceEntry, base: string): SourceRecord {
  const published = known(data.published);
  return SourceRecord.parse({
    id,
    type: data.type,
    title: data.title,
    publisher: known(data.publisher),
    mirror: data.mirror ?? null,
    published: published ? published.date : null,
    language: data.language,
    url: known(data.url),
    publisherKind: publisherKind(known(data.url), data.mirror !== undefined),
    page: entryPath(base, 'sources', id),
  });
}

/** The dataset every page, endpoint and export reads: records in the one chronological order. */
export function toEventsJson(content: Content, base: string, words: RecordWords): EventsJson {
  const successors = rotationSuccessors(content.events);
  const inferredEnd = (id: string) => {
    const next = successors.get(id);
    return next && { end: next.data.start, reason: words.successorEnd(next.data.title) };
  };
  const latest = content.versions[0];
  return {
    version: latest?.version ?? null,
    updated: latest?.date ?? null,
    events: sortEvents(content.events).map((event) => toEventRecord(event, base, inferredEnd(event.id))),
    sources: sortSources(content.sources).map((source) => toSourceRecord(source, base)),
  };
}
