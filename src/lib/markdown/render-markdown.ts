import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Markdown to HTML for entry summaries. Raw HTML in the Markdown is dropped
 * (remark-rehype keeps it only when asked), and the sanitiser removes unsafe
 * URLs (javascript:, data:) and attributes, so hostile content renders inert.
 */
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
