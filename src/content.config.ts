import { defineCollection } from 'astro:content';
import { timelineLoader } from './integrations/content-loader';
import { EventFrontmatter } from './schemas/event';
import { SourceFrontmatter } from './schemas/source';

export const collections = {
  sources: defineCollection({ loader: timelineLoader('sources'), schema: SourceFrontmatter }),
  events: defineCollection({ loader: timelineLoader('events'), schema: EventFrontmatter }),
};
