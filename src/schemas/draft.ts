import type { z } from 'astro/zod';
import { EventFrontmatter } from './event';

/**
 * A candidate entry in content/drafts/, written by `npm run ingest --
 * --draft-events` and never published. It is the event schema with every
 * field optional but those a draft must claim: its kind, its status and the
 * quotes that support it. Whatever a draft states is checked as an entry's
 * would be (vocabularies, dates, quotes verbatim); what it leaves out is what
 * it lacks before a curator promotes it into content/events/, where the full
 * schema applies (`npm run drafts` lists it).
 */
export const DraftFrontmatter = EventFrontmatter.partial().required({ kind: true, status: true, sources: true });

export type DraftFrontmatter = z.output<typeof DraftFrontmatter>;
