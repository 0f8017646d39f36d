import { formatCount, lang, words } from './edition';
import { formatEdtfRange } from '../../lib/dates/format';
import type { ChronologyPage } from '../../lib/timeline/chronology-page';
import type { TimelineItem } from '../../lib/timeline/timeline-item';

type Heading = 'h2' | 'h3' | 'h4';

/** How the chronology is written on this page. */
export interface ChronologyContext {
  /** An entry page's address, {id} standing for the id. */
  entryHref: string;
  /** The year headings' level; entries are one below. */
  yearHeading: 'h2' | 'h3';
  /** Entries a "show more" button adds. */
  step: number;
}

const below = (heading: Heading): Heading => (heading === 'h2' ? 'h3' : 'h4');

/**
 * One entry as the server renders a compact chronology entry: its title linked
 * to its page, its date as precise as it is known, and whether it is inferred.
 */
export function createEntry(document: Document, item: TimelineItem, href: string, heading: Heading): HTMLLIElement {
  const entry = document.createElement('li');
  entry.className = 'chronology-entry';
  entry.id = item.id;
  entry.dataset['entry'] = '';
  entry.dataset['kind'] = item.kind;
  entry.dataset['type'] = item.type;
  const title = document.createElement(heading);
  title.className = 'entry-heading';
  const link = document.createElement('a');
  link.href = href.replace('{id}', item.id);
  link.textContent = item.title;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = item.start;
  time.textContent = formatEdtfRange(item.start, item.end, lang);
  meta.append(time);
  if (item.inferred) {
    const inferred = document.createElement('span');
    inferred.className = 'inferred';
    inferred.textContent = ` ${words.chronology.dateInferred}`;
    meta.append(inferred);
  }
  entry.append(title, meta);
  return entry;
}

/** Writes the listed entries into `list`, a section per year, and a button for the rest when some are left. */
export function renderChronology(list: HTMLElement, page: ChronologyPage, context: ChronologyContext): void {
  const document = list.ownerDocument;
  const sections = page.years.map(({ year, items }) => {
    const section = document.createElement('section');
    section.dataset['year'] = String(year);
    section.setAttribute('aria-labelledby', `year-${String(year)}`);
    const heading = document.createElement(context.yearHeading);
    heading.id = `year-${String(year)}`;
    heading.className = 'year-heading';
    heading.textContent = String(year);
    const entries = document.createElement('ol');
    const entryHeading = below(context.yearHeading);
    entries.append(...items.map((item) => createEntry(document, item, context.entryHref, entryHeading)));
    section.append(heading, entries);
    return section;
  });
  const left = page.total - page.shown;
  if (left > 0) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'chronology-more';
    more.dataset['action'] = 'more-entries';
    more.textContent = words.chronology.showMore(formatCount(Math.min(context.step, left)), formatCount(left));
    sections.push(more);
  }
  list.replaceChildren(...sections);
}
