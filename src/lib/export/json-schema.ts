import { z } from 'astro/zod';
import { EventsJson } from '../../schemas/events-json';

/**
 * The JSON Schema form of EdtfDate's check. Its Zod check is a refinement
 * (`parseEdtf`), which JSON Schema cannot carry, so Zod leaves the date a bare
 * string; this pattern puts back what a pattern can say: the three forms, months
 * 01–12 and days 01–31. Days past a month's end (2023-02-30) still pass here and
 * are caught by the Zod schema at build time.
 */
export const EDTF_DATE_PATTERN = '^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$';

export interface JsonSchemaDocument {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  [keyword: string]: unknown;
}

/**
 * /data/events.schema.json, generated from the one Zod schema of
 * /data/events.json, so that the published schema cannot drift from the data.
 * `schemaUrl` (the file's absolute URL) becomes its `$id`.
 */
export function toEventsJsonSchema(schemaUrl: string): JsonSchemaDocument {
  const { $schema, ...generated } = z.toJSONSchema(EventsJson, {
    target: 'draft-2020-12',
    // The file holds parsed data: defaults are applied, so fields with defaults are required.
    io: 'output',
    // No `unrepresentable: 'any'`: refinements are simply left out, and a type with no JSON Schema
    // form (a Date, a transform) should stop the build rather than be published as "anything".
    override: ({ zodSchema, jsonSchema }) => {
      if (z.globalRegistry.get(zodSchema)?.['edtf'] === true) {
        delete jsonSchema['edtf'];
        jsonSchema.pattern = EDTF_DATE_PATTERN;
      }
    },
  });
  if (typeof $schema !== 'string') throw new Error('z.toJSONSchema gave no $schema for draft 2020-12');
  // Fixed key order: identifying keywords first, then the generated body as Zod orders it.
  return {
    $schema,
    $id: schemaUrl,
    title: 'Vietnam’s defence diplomacy, 2015–2025: /data/events.json',
    description:
      'Every timeline entry (events) and every source it cites (sources). Dates are EDTF level 0 (YYYY, YYYY-MM or YYYY-MM-DD), so their form is their precision; optional values are null.',
    ...generated,
  };
}
