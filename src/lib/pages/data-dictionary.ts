import { z } from 'astro/zod';
import type { UiCatalogue } from '../../i18n/en/catalogue';
import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { uiFor } from '../../i18n/ui-editions';

/**
 * A data dictionary of /data/events.json, generated from its schema
 * (src/schemas/events-json.ts, which derives from the content schema) so that
 * it cannot drift from the file: every field of the schema is a row, in the
 * schema's order, described by the schema's own description. A unit test
 * fails when a field has none.
 */

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

type TypeWords = UiCatalogue['dictionary']['types'];

/** A long vocabulary (partners, series, types) is listed where it is explained, not in every row. */
const LONG_VOCABULARY = 8;

/** An enum's values, and its first few when it is a long vocabulary (null when it is short). */
function enumValues(def: Record<string, unknown>): { values: string[]; examples: string | null } {
  const values = Object.values(def['entries'] as Record<string, string>);
  return { values, examples: values.length > LONG_VOCABULARY ? values.slice(0, 3).join(', ') : null };
}

function typeLabel(schema: Schema, typeWords: TypeWords): string {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      if (z.globalRegistry.get(inner)?.['edtf'] === true) return typeWords.edtfDate;
      return (inner as { format?: string | null }).format === 'url' ? typeWords.url : typeWords.string;
    case 'number':
      return ((inner as { format?: string | null }).format ?? '').includes('int')
        ? typeWords.integer
        : typeWords.number;
    case 'enum': {
      const { values, examples } = enumValues(def);
      if (examples !== null) return typeWords.code(values.length, examples);
      return typeWords.oneOf(values.map((value) => JSON.stringify(value)).join(', '));
    }
    case 'literal':
      return (def['values'] as unknown[]).map((value) => JSON.stringify(value)).join(typeWords.or);
    case 'union':
      return (def['options'] as Schema[]).map((option) => typeLabel(option, typeWords)).join(typeWords.or);
    case 'array': {
      const element = def['element'] as Schema;
      const elementDef = defOf(unwrap(element).inner);
      if (elementDef.type === 'object') return typeWords.arrayOfObjects;
      if (elementDef.type === 'enum') {
        const { values, examples } = enumValues(elementDef);
        if (examples !== null) return typeWords.arrayOfCodes(values.length, examples);
      }
      return typeWords.arrayOf(typeLabel(element, typeWords));
    }
    default:
      return def.type;
  }
}

function rowsOf(
  shape: Readonly<Record<string, Schema>>,
  prefix: string,
  depth: number,
  typeWords: TypeWords,
): DictionaryRow[] {
  const rows: DictionaryRow[] = [];
  for (const key of Object.keys(shape)) {
    const schema = shape[key] as Schema;
    const field = `${prefix}${key}`;
    const unwrapped = unwrap(schema);
    const words = unwrapped.descriptions;
    rows.push({
      field,
      depth,
      type: typeLabel(schema, typeWords),
      presence: unwrapped.presence,
      description: words.length > 0 ? words.join(' ') : null,
    });
    rows.push(...nestedRows(unwrapped.inner, field, depth, typeWords));
  }
  return rows;
}

/** The rows of an object's fields, or of an array's elements (`field[]`, then `field[].name`). */
function nestedRows(inner: Schema, field: string, depth: number, typeWords: TypeWords): DictionaryRow[] {
  const def = defOf(inner);
  if (def.type === 'object') {
    return rowsOf(def['shape'] as Record<string, Schema>, `${field}.`, depth + 1, typeWords);
  }
  if (def.type === 'array') {
    const element = unwrap(def['element'] as Schema).inner;
    if (defOf(element).type === 'object') {
      return rowsOf(defOf(element)['shape'] as Record<string, Schema>, `${field}[].`, depth + 1, typeWords);
    }
  }
  return [];
}

/** Every field of an object schema, nested ones included, in the schema's order. */
export function dataDictionary(schema: z.ZodObject, lang: Lang = DEFAULT_LANG): DictionaryRow[] {
  return rowsOf(schema.shape, '', 0, uiFor(lang).dictionary.types);
}

/** The fields that have no description: the dictionary is complete when this is empty. */
export function undescribedFields(rows: readonly DictionaryRow[]): string[] {
  return rows.filter((row) => row.description === null).map((row) => row.field);
}
