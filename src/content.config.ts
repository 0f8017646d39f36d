import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { timelineLoader, wholeContentLoader } from './integrations/content-loader';
import { NotFoundItem, OmittedRow } from './schemas/coverage';
import { EventFrontmatter } from './schemas/event';
import { SourceFrontmatter } from './schemas/source';
import { DatasetVersion } from './schemas/versions';

export const collections = {
  sources: defineCollection({ loader: timelineLoader('sources'), schema: SourceFrontmatter }),
  events: defineCollection({ loader: timelineLoader('events'), schema: EventFrontmatter }),
  coverage: defineCollection({
    loader: wholeContentLoader('coverage', (content) => ({ ...content.coverage })),
    schema: z.strictObject({
      omitted: z.array(OmittedRow.extend({ file: z.string() })),
      notFound: z.array(NotFoundItem.extend({ file: z.string() })),
    }),
  }),
  versions: defineCollection({
    loader: wholeContentLoader('versions', (content) => ({ versions: content.versions })),
    schema: z.strictObject({ versions: z.array(DatasetVersion) }),
  }),
};
