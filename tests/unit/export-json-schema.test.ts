import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_SCOPES } from '../../src/schemas/vocabulary/lanes';
import { EVENT_TYPES } from '../../src/schemas/vocabulary/types';
import { isEdtf } from '../../src/schemas/edtf';
import { EDTF_DATE_PATTERN, toEventsJsonSchema } from '../../src/lib/export/json-schema';
import { EventsJson } from '../../src/schemas/events-json';

const SCHEMA_URL = 'https://mirror.example.net/mirror/timeline/data/events.schema.json';

const VALID: EventsJson = {
  version: '1.0.0',
  updated: '2026-11-28',
  events: [
    {
      id: 'dien-bien-phu-victory-70th-anniversary',
      title: '70th anniversary of the Dien Bien Phu Victory',
      kind: 'anniversary',
      type: 'anniversary',
      start: '2024-05-07',
      end: null,
      startInferred: null,
      endInferred: null,
      disagreement: null,
      place: 'Dien Bien Phu',
      partners: [],
      scope: 'national',
      status: 'held',
      series: null,
      direction: null,
      level: null,
      role: 'host',
      format: 'in-person',
      people: [{ name: 'Phan Van Giang', vietnamese: 'Phan Văn Giang' }],
      anniversary: { ordinal: 70, base: { title: 'Dien Bien Phu Victory', date: '1954-05-07' } },
      rotation: null,
      sources: [{ source: 'source-a', quote: 'a quote', supports: ['event', 'start'] }],
      vi: { title: 'Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ', summary: 'Lễ kỷ niệm và diễu binh.' },
      precision: 'day',
      summary: 'A ceremony and parade were held.',
      url: '/mirror/timeline/events/dien-bien-phu-victory-70th-anniversary/',
    },
  ],
  sources: [
    {
      id: 'source-a',
      type: 'article',
      title: 'A report',
      publisher: null,
      mirror: null,
      published: '2024-05',
      language: 'en',
      url: 'https://news.example.org/a',
      publisherKind: 'unknown',
      page: '/mirror/timeline/sources/source-a/',
    },
  ],
};

/** A deep copy of the valid data with one event changed by `change`. */
function withBrokenEvent(change: (event: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(VALID) as unknown as { events: Record<string, unknown>[] };
  change(copy.events[0]!);
  return copy;
}

const BROKEN: Record<string, unknown> = {
  'an unknown kind': withBrokenEvent((event) => (event['kind'] = 'battle')),
  'month 13': withBrokenEvent((event) => (event['start'] = '2024-13')),
  'a date with a time': withBrokenEvent((event) => (event['start'] = '2024-05-07T08:00')),
  'an unknown field': withBrokenEvent((event) => (event['battleDamage'] = 'none')),
  'a missing id': withBrokenEvent((event) => delete event['id']),
  'an id in capitals': withBrokenEvent((event) => (event['id'] = 'Dien-Bien-Phu')),
  'no sources': withBrokenEvent((event) => (event['sources'] = [])),
};

function compile() {
  // Strict mode (the default) makes Ajv refuse keywords it does not know, so a malformed schema fails here.
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(toEventsJsonSchema(SCHEMA_URL));
}

describe('toEventsJsonSchema', () => {
  const schema = toEventsJsonSchema(SCHEMA_URL);
  const eventSchema = (schema['properties'] as Record<string, { items: { properties: Record<string, unknown> } }>)[
    'events'
  ]!.items;

  it('declares JSON Schema draft 2020-12 and carries the given $id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(schema.title).toMatch(/events\.json/u);
  });

  it('is generated from the Zod schema: its vocabularies are those of the content model', () => {
    expect(eventSchema.properties['kind']).toMatchObject({ enum: [...EVENT_KINDS] });
    expect(eventSchema.properties['type']).toMatchObject({ enum: [...EVENT_TYPES] });
    expect(eventSchema.properties['scope']).toMatchObject({ enum: [...EVENT_SCOPES] });
  });

  it('gives every EDTF date field, nullable or not, the EDTF pattern', () => {
    expect(eventSchema.properties['start']).toMatchObject({ type: 'string', pattern: EDTF_DATE_PATTERN });
    expect(JSON.stringify(eventSchema.properties['end'])).toContain(JSON.stringify(EDTF_DATE_PATTERN));
  });

  it('is the same on every call, so the published file is byte-identical between builds', () => {
    expect(JSON.stringify(toEventsJsonSchema(SCHEMA_URL))).toBe(JSON.stringify(schema));
  });

  it('accepts, compiled by Ajv, data that the Zod schema accepts', () => {
    expect(EventsJson.safeParse(VALID).success).toBe(true);
    const validate = compile();
    expect(validate(VALID), JSON.stringify(validate.errors)).toBe(true);
  });

  for (const [what, data] of Object.entries(BROKEN)) {
    it(`rejects, as the Zod schema does, an event with ${what}`, () => {
      expect(EventsJson.safeParse(data).success).toBe(false);
      expect(compile()(data)).toBe(false);
    });
  }
});

describe('EDTF_DATE_PATTERN', () => {
  const pattern = new RegExp(EDTF_DATE_PATTERN, 'u');

  it('accepts every level-0 form that parseEdtf accepts', () => {
    for (const date of ['2024', '1954', '2024-01', '2024-12', '2024-01-01', '2024-02-29', '2024-12-31']) {
      expect(isEdtf(date), date).toBe(true);
      expect(pattern.test(date), date).toBe(true);
    }
  });

  it('rejects malformed dates and months or days out of range', () => {
    for (const date of [
      '24',
      '2024-1',
      '2024-00',
      '2024-13',
      '2024-01-00',
      '2024-01-32',
      '2024/01/09',
      '2024-01-09 ',
    ]) {
      expect(isEdtf(date), date).toBe(false);
      expect(pattern.test(date), date).toBe(false);
    }
  });
});
