import matter from 'gray-matter';
import YAML from 'yaml';

/**
 * YAML's core schema keeps `2024-01-09` a string (the default 1.1 schema would
 * turn it into a Date and lose its precision) and rejects duplicate keys.
 */
const yamlEngine = {
  parse: (text: string): object => (YAML.parse(text, { schema: 'core', uniqueKeys: true }) as object | null) ?? {},
  stringify: (data: object): string => YAML.stringify(data, { schema: 'core', lineWidth: 0 }),
};

const options = { engines: { yaml: yamlEngine } };

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown file into frontmatter and body; throws with the YAML error's line on bad YAML. */
export function parseFrontmatter(text: string): ParsedMarkdown {
  const parsed = matter(text, options);
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('frontmatter must be a YAML mapping of fields');
  }
  return { data: data as Record<string, unknown>, body: parsed.content };
}

export function stringifyMarkdown(data: object, body: string): string {
  return matter.stringify(`${body.trim()}\n`, data, options);
}
