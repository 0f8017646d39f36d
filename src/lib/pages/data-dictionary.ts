import type { z } from 'astro/zod';

/**
 * A data dictionary of /data/events.json, generated from its schema
 * (src/schemas/events-json.ts) so that it cannot drift from the file:
 * every field of the schema is a row. A field's description is its
 * schema `.description` where it has one, after the words below, which
 * are keyed by the field's path (`people[].name`). A unit test fails when a
 * field has neither.
 */

export const EVENT_FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'The entry’s id: the name of its file and the last part of its page’s path.',
  title: 'The entry’s title.',
  kind: 'The lane it belongs to: an event, an anniversary or a UN peacekeeping rotation.',
  type: 'The finer classification, e.g. a review conference or a deployment.',
  start: 'When it began, or the day it took place.',
  end: 'When it ended; null when it took place on one day or no end was found.',
  precision: 'How precisely the start is known: to the day, the month or the year.',
  dateInferred: 'Why the dates are reasoned rather than stated by a source; null when a source states them.',
  place: 'Where it took place, as the sources give it.',
  partners: 'The other countries, organisations or UN missions taking part; empty when none.',
  scope: 'Bilateral, multilateral or national.',
  status:
    'held: it took place; planned: announced but not (yet) reported as held; reported: claimed by one source only.',
  people: 'The people the sources name in it; empty when none.',
  'people[].name': 'The name as the sources write it in English.',
  'people[].vietnamese': 'The Vietnamese name in full diacritics, where it is sourced; absent otherwise.',
  'people[].rank': 'Rank at the time of the entry; absent when not given.',
  'people[].role': 'Post or role at the time of the entry; absent when not given.',
  summary: 'The curator’s summary, in Markdown.',
  url: 'Path of the entry’s page on this site.',
  sources: 'The citations that support the entry: at least one.',
  'sources[].source': 'The id of the cited source: one of the ids in the file’s list of sources.',
  'sources[].quote': 'A passage of that source’s text, verbatim up to whitespace; the build checks that it is there.',
  anniversary: 'Present only for anniversaries.',
  'anniversary.ordinal': '70 for a 70th anniversary: always the entry’s year minus the base year.',
  'anniversary.base': 'What is commemorated.',
  'anniversary.base.title': 'What happened on the base date.',
  'anniversary.base.date': 'When it happened; may lie before 2015.',
  rotation: 'Present only for UN peacekeeping rotations.',
  'rotation.series': 'Which unit: the Level-2 Field Hospital or the Engineering Unit.',
  'rotation.number': 'The rotation’s number within its series.',
  'rotation.mission': 'The UN mission’s acronym, e.g. UNMISS.',
  'rotation.place': 'Where the unit served.',
};

export const SOURCE_FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'The source’s id, as cited by entries: the name of its file and the last part of its page’s path.',
  type: 'article: the full text of a news report; reference: a quoted excerpt of a public report.',
  title: 'The headline, or a title of ours where no headline was found (the source’s page says which).',
  publisher: 'Who published it; null when not found.',
  published: 'When it was published; null when not found.',
  url: 'Where it was published; null when not found.',
  page: 'Path of the source’s page on this site, with its full text and the quoted passages marked.',
};

export interface DictionaryRow {
  /** The field's path: `title`, `people[].name`, `anniversary.base.date`. */
  field: string;
  /** 0 for a top-level field, 1 for a field of a nested object… */
  depth: number;
  /** The JSON type in words: "string", "integer", `one of "held", "planned"`, "array of objects"… */
  type: string;
  /** `always` present; `nullable`: present, may be null; `optional`: may be absent. */
  presence: 'always' | 'nullable' | 'optional';
  /** Null when neither the schema nor the descriptions above describe it. */
  description: string | null;
}

type Schema = z.core.$ZodType;

interface Unwrapped {
  inner: Schema;
  presence: DictionaryRow['presence'];
  descriptions: string[];
}

const defOf = (schema: Schema) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

const descriptionOf = (schema: Schema): string | undefined =>
  (schema as { description?: string }).description ?? undefined;

/** Looks through optional, nullable and default wrappers, collecting descriptions on the way. */
function unwrap(schema: Schema): Unwrapped {
  let inner = schema;
  let presence: DictionaryRow['presence'] = 'always';
  const descriptions: string[] = [];
  for (;;) {
    const own = descriptionOf(inner);
    if (own && !descriptions.includes(own)) descriptions.push(own);
    const def = defOf(inner);
    if (def.type === 'optional') presence = 'optional';
    else if (def.type === 'nullable') presence = presence === 'optional' ? 'optional' : 'nullable';
    // A default is filled in before export: the field is always present.
    else if (def.type !== 'default') return { inner, presence, descriptions };
    inner = def['innerType'] as Schema;
  }
}

function typeLabel(schema: Schema): string {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return (inner as { format?: string | null }).format === 'url' ? 'string (URL)' : 'string';
    case 'number':
      return String((inner as { format?: string | null }).format ?? '').includes('int') ? 'integer' : 'number';
    case 'enum':
      return `one of ${Object.values(def['entries'] as Record<string, string>)
        .map((value) => JSON.stringify(value))
        .join(', ')}`;
    case 'literal':
      return (def['values'] as unknown[]).map((value) => JSON.stringify(value)).join(' or ');
    case 'union':
      return (def['options'] as Schema[]).map(typeLabel).join(' or ');
    case 'array': {
      const element = typeLabel(def['element'] as Schema);
      return element === 'object' ? 'array of objects' : `array of ${element}s`;
    }
    default:
      return def.type;
  }
}

function rowsOf(
  shape: Readonly<Record<string, Schema>>,
  descriptions: Readonly<Record<string, string>>,
  prefix: string,
  depth: number,
): DictionaryRow[] {
  const rows: DictionaryRow[] = [];
  const keys = Object.keys(shape);
  // The order of the descriptions first (the order of the published file), then any field they miss.
  const order = (key: string) => {
    const at = Object.keys(descriptions).indexOf(`${prefix}${key}`);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  for (const key of [...keys].sort((a, b) => order(a) - order(b) || keys.indexOf(a) - keys.indexOf(b))) {
    const schema = shape[key] as Schema;
    const field = `${prefix}${key}`;
    const unwrapped = unwrap(schema);
    const words = [descriptions[field], ...unwrapped.descriptions].filter((text): text is string => Boolean(text));
    rows.push({
      field,
      depth,
      type: typeLabel(schema),
      presence: unwrapped.presence,
      description: words.length > 0 ? words.join(' ') : null,
    });
    rows.push(...nestedRows(unwrapped.inner, descriptions, field, depth));
  }
  return rows;
}

/** The rows of an object's fields, or of an array's elements (`field[]`, then `field[].name`). */
function nestedRows(
  inner: Schema,
  descriptions: Readonly<Record<string, string>>,
  field: string,
  depth: number,
): DictionaryRow[] {
  const def = defOf(inner);
  if (def.type === 'object') {
    return rowsOf(def['shape'] as Record<string, Schema>, descriptions, `${field}.`, depth + 1);
  }
  if (def.type === 'array') {
    const element = unwrap(def['element'] as Schema).inner;
    if (defOf(element).type === 'object') {
      return rowsOf(defOf(element)['shape'] as Record<string, Schema>, descriptions, `${field}[].`, depth + 1);
    }
  }
  return [];
}

/** Every field of an object schema, nested ones included, in the order of `descriptions`. */
export function dataDictionary(schema: z.ZodObject, descriptions: Readonly<Record<string, string>>): DictionaryRow[] {
  return rowsOf(schema.shape as Record<string, Schema>, descriptions, '', 0);
}

/** The fields that have no description: the dictionary is complete when this is empty. */
export function undescribedFields(rows: readonly DictionaryRow[]): string[] {
  return rows.filter((row) => row.description === null).map((row) => row.field);
}

/** Descriptions kept for fields the schema no longer has. */
export function staleDescriptions(
  rows: readonly DictionaryRow[],
  descriptions: Readonly<Record<string, string>>,
): string[] {
  const fields = new Set(rows.map((row) => row.field));
  return Object.keys(descriptions).filter((key) => !fields.has(key));
}
