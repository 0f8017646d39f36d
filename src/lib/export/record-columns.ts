import type { z } from 'astro/zod';

/**
 * Flat columns of a record schema, derived from its shape so that a field
 * added to the schema is a column without another edit: nested objects
 * become `parent_child` columns, lists of values one cell joined by
 * LIST_SEPARATOR, and lists of objects the distinct values of their first
 * field (a citation's source, a person's name).
 */

/** How list cells join their items; no id, partner code or name contains it. */
export const LIST_SEPARATOR = '; ';

export interface Column<T> {
  name: string;
  /** The schema's description of the field. */
  description: string | undefined;
  cell: (record: T) => string;
}

type Schema = z.core.$ZodType;
const defOf = (schema: Schema) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
const descriptionOf = (schema: Schema): string | undefined => (schema as { description?: string }).description;

function unwrap(schema: Schema): Schema {
  let inner = schema;
  while (['optional', 'nullable', 'default'].includes(defOf(inner).type)) inner = defOf(inner)['innerType'] as Schema;
  return inner;
}

const snake = (key: string) => key.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);

function valueCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value.toString();
  return JSON.stringify(value);
}

function columnsOf<T>(shape: Record<string, Schema>, prefix: string, read: (record: T) => unknown): Column<T>[] {
  const columns: Column<T>[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const name = `${prefix}${snake(key)}`;
    const get = (record: T) => (read(record) as Record<string, unknown> | null | undefined)?.[key];
    const inner = unwrap(field);
    const def = defOf(inner);
    const description = descriptionOf(field) ?? descriptionOf(inner);
    if (def.type === 'object') {
      columns.push(...columnsOf(def['shape'] as Record<string, Schema>, `${name}_`, get));
    } else if (def.type === 'array') {
      const element = unwrap(def['element'] as Schema);
      const elementDef = defOf(element);
      const firstKey =
        elementDef.type === 'object' ? Object.keys(elementDef['shape'] as Record<string, Schema>)[0] : undefined;
      columns.push({
        name,
        description,
        cell: (record) => {
          const items = (get(record) as unknown[] | null | undefined) ?? [];
          const values = items.map((item) =>
            firstKey === undefined ? valueCell(item) : valueCell((item as Record<string, unknown>)[firstKey]),
          );
          return [...new Set(values)].join(LIST_SEPARATOR);
        },
      });
    } else {
      columns.push({ name, description, cell: (record) => valueCell(get(record)) });
    }
  }
  return columns;
}

/** The flat columns of an object schema's records, in the schema's field order. */
export function recordColumns<T>(schema: z.ZodObject): Column<T>[] {
  return columnsOf<T>(schema.shape, '', (record) => record);
}
