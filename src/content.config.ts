import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { coverageLoader, timelineLoader } from './integrations/content-loader';
import { NotFoundItem, OmittedRow } from './schemas/coverage';
import { EventFrontmatter } from './schemas/event';
import { SourceFrontmatter } from './schemas/source';

export const collections = {
  sources: defineCollection({ loader: timelineLoader('sources'), schema: SourceFrontmatter }),
  events: defineCollection({ loader: timelineLoader('events'), schema: EventFrontmatter }),
  coverage: defineCollection({
    loader: coverageLoader(),
    schema: z.strictObject({
      omitted: z.array(OmittedRow.extend({ file: z.string() })),
      notFound: z.array(NotFoundItem.extend({ file: z.string() })),
    }),
  }),
};
