import type { EventFrontmatter } from '../../schemas/event';
import type { NotFoundItem, OmittedRow } from '../../schemas/coverage';
import type { DraftFrontmatter } from '../../schemas/draft';
import type { SourceFrontmatter } from '../../schemas/source';
import type { DatasetVersion } from '../../schemas/versions';


interface Entry<TData> {
  /** The file name without `.md`: unique within its collection. */
  id: string;
  /** Path as shown in messages, relative to the project. */
  file: string;
  data: TData;
  body: string;
}

export type SourceEntry = Entry<SourceFrontmatter>;
export type EventEntry = Entry<EventFrontmatter>;
/** A candidate entry in content/drafts/: checked, never published. */
export type DraftEntry = Entry<DraftFrontmatter>;

export interface Content {
  sources: SourceEntry[];
  events: EventEntry[];
  /** Fact-sheet rows left off the timeline and what was not found, from content/coverage/. */
  coverage: { omitted: (OmittedRow & { file: string })[]; notFound: (NotFoundItem & { file: string })[] };
  /** The dataset's versions, newest first, from content/versions.yaml (none in a folder without one). */
  versions: DatasetVersion[];
}
