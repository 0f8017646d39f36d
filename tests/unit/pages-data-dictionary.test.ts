import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  EVENT_FIELD_DESCRIPTIONS,
  SOURCE_FIELD_DESCRIPTIONS,
  dataDictionary,
  staleDescriptions,
  undescribedFields,
} from '../../src/lib/pages/data-dictionary';
import { EventRecord, SourceRecord } from '../../src/schemas/events-json';

describe('the data dictionary of /data/events.json', () => {
  const events = dataDictionary(EventRecord, EVENT_FIELD_DESCRIPTIONS);
  const sources = dataDictionary(SourceRecord, SOURCE_FIELD_DESCRIPTIONS);

  it('describes every field of the event and source schemas, nested ones included', () => {
    // A field added to src/schemas/events-json.ts without a description fails here:
    // describe it in src/lib/pages/data-dictionary.ts or give it a .meta({ description }).
    expect(undescribedFields(events)).toEqual([]);
    expect(undescribedFields(sources)).toEqual([]);
  });

  it('keeps no description for a field the schema no longer has', () => {
    expect(staleDescriptions(events, EVENT_FIELD_DESCRIPTIONS)).toEqual([]);
    expect(staleDescriptions(sources, SOURCE_FIELD_DESCRIPTIONS)).toEqual([]);
  });

  it('has a row for every top-level field of the schema', () => {
    const top = events.filter((row) => row.depth === 0).map((row) => row.field);
    expect([...top].sort()).toEqual(Object.keys(EventRecord.shape).sort());
    expect(sources.map((row) => row.field).sort()).toEqual(Object.keys(SourceRecord.shape).sort());
  });

  it('lists fields in the order of the published file, nested fields after their parent', () => {
    const fields = events.map((row) => row.field);
    expect(fields.slice(0, 4)).toEqual(['id', 'title', 'kind', 'type']);
    expect(fields.indexOf('people[].name')).toBe(fields.indexOf('people') + 1);
    expect(fields).toContain('anniversary.base.date');
    expect(events.find((row) => row.field === 'anniversary.base.date')?.depth).toBe(2);
  });

  it('gives types in words, with null and absence', () => {
    const row = (field: string) => events.find((r) => r.field === field);
    expect(row('kind')).toMatchObject({ type: 'one of "event", "anniversary", "rotation"', presence: 'always' });
    expect(row('end')).toMatchObject({ type: 'string', presence: 'nullable' });
    expect(row('anniversary')).toMatchObject({ type: 'object', presence: 'optional' });
    expect(row('anniversary.ordinal')?.type).toBe('integer');
    expect(row('people')).toMatchObject({ type: 'array of objects', presence: 'always' });
    expect(row('partners')?.type).toBe('array of strings');
    expect(sources.find((r) => r.field === 'url')).toMatchObject({ type: 'string (URL)', presence: 'nullable' });
  });

  it('uses a field’s schema description, after the words written for it', () => {
    const start = events.find((r) => r.field === 'start')?.description ?? '';
    expect(start.startsWith(EVENT_FIELD_DESCRIPTIONS['start']!)).toBe(true);
    expect(start).toContain('EDTF level-0 date');
  });

  it('finds a field that has no description', () => {
    const schema = z.object({
      described: z.string(),
      meta: z.string().meta({ description: 'From the schema.' }),
      bare: z.string().nullable(),
      nested: z.object({ inner: z.int() }).optional(),
    });
    const rows = dataDictionary(schema, { described: 'Written here.', nested: 'A block.' });
    expect(undescribedFields(rows).sort()).toEqual(['bare', 'nested.inner']);
    expect(rows.find((r) => r.field === 'meta')?.description).toBe('From the schema.');
    expect(staleDescriptions(rows, { described: 'x', gone: 'y' })).toEqual(['gone']);
  });
});
