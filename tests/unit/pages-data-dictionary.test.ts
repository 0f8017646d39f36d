import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dataDictionary, undescribedFields } from '../../src/lib/pages/data-dictionary';
import { EventRecord, SourceRecord } from '../../src/schemas/events-json';

describe('the data dictionary of /data/events.json', () => {
  const events = dataDictionary(EventRecord);
  const sources = dataDictionary(SourceRecord);

  it('describes every field of the event and source schemas, nested ones included, from the schema itself', () => {
    // A field added to src/schemas/ without .describe() fails here.
    expect(undescribedFields(events)).toEqual([]);
    expect(undescribedFields(sources)).toEqual([]);
  });

  it('has a row for every top-level field of the schema', () => {
    const top = events.filter((row) => row.depth === 0).map((row) => row.field);
    expect(top).toEqual(Object.keys(EventRecord.shape));
    expect(sources.map((row) => row.field)).toEqual(Object.keys(SourceRecord.shape));
  });

  it('lists fields in the order of the published file, nested fields after their parent', () => {
    const fields = events.map((row) => row.field);
    expect(fields.slice(0, 4)).toEqual(['id', 'title', 'kind', 'type']);
    expect(fields.indexOf('people[].name')).toBe(fields.indexOf('people') + 1);
    expect(fields.indexOf('series.id')).toBe(fields.indexOf('series') + 1);
    expect(events.find((row) => row.field === 'anniversary.base.date')?.depth).toBe(2);
  });

  it('gives types in words, with null and absence', () => {
    const row = (field: string) => events.find((r) => r.field === field);
    expect(row('kind')).toMatchObject({ type: 'one of "event", "anniversary", "rotation"', presence: 'always' });
    expect(row('start')).toMatchObject({ type: 'string (EDTF date)', presence: 'always' });
    expect(row('end')).toMatchObject({ type: 'string (EDTF date)', presence: 'nullable' });
    expect(row('anniversary')).toMatchObject({ type: 'object', presence: 'nullable' });
    expect(row('anniversary.ordinal')?.type).toBe('integer');
    expect(row('people')).toMatchObject({ type: 'array of objects', presence: 'always' });
    expect(row('partners')?.type).toMatch(/^array of codes of \d+ \(us, cn, ru, …\)$/u);
    expect(sources.find((r) => r.field === 'url')).toMatchObject({ type: 'string (URL)', presence: 'nullable' });
  });

  it('finds a field that has no description', () => {
    const schema = z.object({
      described: z.string().describe('From the schema.'),
      bare: z.string().nullable(),
      nested: z.object({ inner: z.int() }).describe('A block.').optional(),
    });
    const rows = dataDictionary(schema);
    expect(undescribedFields(rows).sort()).toEqual(['bare', 'nested.inner']);
    expect(rows.find((r) => r.field === 'described')?.description).toBe('From the schema.');
  });
});
