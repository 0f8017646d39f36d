import type { SourceFrontmatter } from '../../schemas/source';

/** Words of a source's page and of its metadata table. */
export const source = {
  description: (isArticle: boolean, title: string, publisher: string) =>
    `${isArticle ? 'Full text' : 'Quoted excerpt'} of “${title}” (${publisher}), with the passages that timeline entries quote marked.`,
  publisherNotFound: 'publisher not found',
  titleNotes: {
    headline: null,
    'url-slug':
      'The title is ours, rebuilt from the words of the page’s address (URL slug): the headline itself was not found.',
    assigned: 'The title is ours, written to describe the text: the source’s headline was not found.',
  } satisfies Readonly<Record<SourceFrontmatter['titleFrom'], string | null>>,
  citedBy: 'Entries citing this source',
  notes: 'Curator’s notes',
  captions: 'Photo captions from the original page',
  captionsNote:
    'These captions accompanied photos on the original page. They are kept apart from the text: they describe pictures, often file photos, and are not used to date anything.',
  text: 'Text',
  excerpt: 'Quoted excerpt',
  textNote: 'The article’s text as cleaned from the seed file, one paragraph per block.',
  excerptNote: 'The passage of the report that the timeline relies on, as quoted; “…” marks omitted text.',
  highlighted: 'Passages quoted by timeline entries are highlighted, each followed by links to them.',
  quotedBy: 'Quoted by:',
  unmatched: 'Quotes not found in this text',
  metadata: {
    caption: 'About this source',
    type: 'Type',
    publisher: 'Publisher',
    published: 'Published',
    url: 'Address (URL)',
    language: 'Language',
    conferenceDate: 'Conference date',
    conferencePlace: 'Conference place',
    conferenceFormat: 'Conference format',
    period: 'Period reviewed',
    translator: 'Translator',
    seed: 'Seed file',
    dateInferred: 'Date inferred:',
  },
  types: {
    article: 'Article: the full text of a news report',
    reference: 'Reference: a quoted excerpt of a public report',
  } satisfies Readonly<Record<SourceFrontmatter['type'], string>>,
  /** A value the ingest marked `unknown`, in words for readers. */
  notFound: 'not found',
} as const;
