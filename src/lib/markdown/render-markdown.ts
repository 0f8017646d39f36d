import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { memoize } from '../memoize';

/**
 * GitHub's sanitising schema without images: a Markdown image in a summary
 * would make every page showing it load a file from another host (the site
 * loads nothing from elsewhere), so it is dropped like raw HTML.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img'),
};

/**
 * Markdown to HTML for entry summaries. Raw HTML in the Markdown is dropped
 * (remark-rehype keeps it only when asked), and the sanitiser removes unsafe
 * URLs (javascript:, data:), attributes and images, so hostile content renders inert.
 */
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

export const renderMarkdown: (markdown: string) => string = memoize((markdown) =>
  String(processor.processSync(markdown)).trim(),
);
