import { TYPE_DEFINITIONS } from '../../schemas/vocabulary/types';
import { ROTATION_SERIES, SERIES } from '../../schemas/vocabulary/series';
import { earliestDay, edtfParts, latestDay, yearOf } from '../../schemas/edtf';
import { statesDay } from './date-mentions';
import { expectedOrdinal } from './anniversary';
import { SITE_YEARS } from '../../schemas/vocabulary/scope';
import type { EventFrontmatter } from '../../schemas/event';
import type { Content, DraftEntry, EventEntry } from './model';
import type { ContentProblem } from './problems';
import { quoteAppearsIn } from './quotes';

const SCOPE_START = Date.UTC(SITE_YEARS.first, 0, 1);
const SCOPE_END = Date.UTC(SITE_YEARS.last, 11, 31);
const SCOPE_LABEL = `${SITE_YEARS.first}–${SITE_YEARS.last}`;

export interface RuleContext {
  /** Every source body by id, including sources whose frontmatter failed, so one error does not cascade. */
  sourceBodies: ReadonlyMap<string, string>;
  /** The raw seed files available, when known: name → SHA-256 of the bytes, in hex. */
  seedFiles?: ReadonlyMap<string, string>;
  /** The drafts in content/drafts/, whose ids must differ from each other's. */
  drafts?: readonly DraftEntry[];
}

/** What the date rules read of an entry: a draft may lack its dates. */
type Dated = { [K in 'start' | 'end' | 'startInferred' | 'endInferred']?: string | undefined } & Pick<
  EventFrontmatter,
  'sources'
>;

/** The dates' own rules: in order, within the timeline's years, and each day stated by a quote or reasoned. */
function checkDates(file: string, data: Dated): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ file, field, reason });
  const { start, end } = data;
  if (start !== undefined && end !== undefined && latestDay(end) < earliestDay(start)) {
    problem('end', `"${end}" is before the start "${start}"`);
  }
  if (start !== undefined && (earliestDay(start) < SCOPE_START || earliestDay(start) > SCOPE_END)) {
    problem('start', `"${start}" lies outside the timeline's years, ${SCOPE_LABEL}`);
  }
  if (end !== undefined && latestDay(end) > SCOPE_END) {
    problem('end', `"${end}" lies outside the timeline's years, ${SCOPE_LABEL}`);
  }
  problems.push(...checkStatedDates(file, data));
  return problems;
}

/** Checks one event on its own: dates, scope, and the blocks its kind requires. */
export function checkEvent({ file, data }: Pick<EventEntry, 'file' | 'data'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ file, field, reason });

  for (const block of ['anniversary', 'rotation'] as const) {
    if (data.kind === block && data[block] === undefined) {
      problem(block, `is required when kind is "${block}"`);
    } else if (data.kind !== block && data[block] !== undefined) {
      problem(block, `is only allowed when kind is "${block}" (kind is "${data.kind}")`);
    }
  }

  if (data.kind === 'rotation' && !(ROTATION_SERIES as readonly string[]).includes(data.series?.id ?? '')) {
    problem('series', `a rotation must belong to a rotation series (${ROTATION_SERIES.join(', ')})`);
  }
  if (data.series && SERIES[data.series.id].numbered && data.series.number === undefined && data.kind === 'rotation') {
    problem('series.number', `is required: the ${data.series.id} rotations are numbered`);
  }
  if (TYPE_DEFINITIONS[data.type].needsDirection && data.direction === undefined) {
    problem('direction', `is required for type "${data.type}": say "inbound" or "outbound"`);
  }

  if (data.anniversary) {
    const { ordinal, base } = data.anniversary;
    const expected = expectedOrdinal(data.start, base.date);
    if (ordinal !== expected) {
      problem(
        'anniversary.ordinal',
        `is ${ordinal} but ${yearOf(data.start)} − ${yearOf(base.date)} = ${expected}`,
      );
    }
  }
  problems.push(...checkDates(file, data));
  return problems;
}

/**
 * A day-precision date must be stated, day and month (and year where the
 * passage gives one), by a passage cited as supporting it; otherwise the entry
 * marks it inferred and says why.
 */
function checkStatedDates(file: string, data: Dated): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of ['start', 'end'] as const) {
    const value = data[field];
    const inferred = field === 'start' ? data.startInferred : data.endInferred;
    if (value === undefined || inferred !== undefined) continue;
    const parts = edtfParts(value);
    if (parts.day === undefined || parts.month === undefined) continue;
    const date = { year: parts.year, month: parts.month, day: parts.day };
    const supporting = data.sources.filter((citation) => citation.supports.includes(field));
    if (supporting.some((citation) => statesDay(citation.quote, date))) continue;
    problems.push({
      file,
      field,
      reason:
        supporting.length === 0
          ? `"${value}" is a day, but no citation says it supports the ${field} (add "${field}" to a citation's supports, or set ${field}Inferred with the reason)`
          : `"${value}" is not stated (day and month) by any quote cited for the ${field}; quote the passage that states it, or set ${field}Inferred with the reason`,
    });
  }
  return problems;
}

/** Each citation names a source, and quotes its text verbatim. */
function checkCitations({ file, data }: { file: string; data: Pick<EventFrontmatter, 'sources'> }, context: RuleContext) {
  const problems: ContentProblem[] = [];
  data.sources.forEach((citation, index) => {
    const body = context.sourceBodies.get(citation.source);
    if (body === undefined) {
      problems.push({ file, field: `sources[${index}].source`, reason: `"${citation.source}" is not a source in content/sources/` });
    } else if (!quoteAppearsIn(citation.quote, body)) {
      problems.push({
        file,
        field: `sources[${index}].quote`,
        reason: `is not found verbatim in the text of source "${citation.source}"`,
      });
    }
  });
  return problems;
}

/**
 * Checks what each draft states, as an entry's would be checked: its quotes
 * and its dates. What it leaves out is not a problem here (see draft-lacks.ts).
 */
export function checkDrafts(drafts: readonly DraftEntry[], context: RuleContext): ContentProblem[] {
  return drafts.flatMap((draft) => [...checkCitations(draft, context), ...checkDates(draft.file, draft.data)]);
}

/** Checks what needs more than one entry: unique ids, citations, series numbers, seed files. */
export function checkContent(content: Content, context: RuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const [collection, entries] of [
    ['sources', content.sources],
    ['events', content.events],
    ['drafts', context.drafts ?? []],
  ] as const) {
    const firstFileById = new Map<string, string>();
    for (const { id, file } of entries) {
      const first = firstFileById.get(id);
      if (first === undefined) firstFileById.set(id, file);
      else problems.push({ file, field: 'id', reason: `"${id}" is already used in ${collection} by ${first}` });
    }
  }

  for (const source of content.sources) {
    const { data, file } = source;
    if (data.type !== 'article' || !context.seedFiles) continue;
    const checksum = context.seedFiles.get(data.seed);
    if (checksum === undefined) {
      problems.push({ file, field: 'seed', reason: `"${data.seed}" is not a file in content/seeds/` });
    } else if (data.seedSha256 !== undefined && data.seedSha256 !== checksum) {
      problems.push({
        file,
        field: 'seedSha256',
        reason: `content/seeds/${data.seed} is not the file that was ingested: its SHA-256 is ${checksum}`,
      });
    }
  }

  const eventIds = new Set(content.events.map((event) => event.id));
  content.coverage.omitted.forEach((row, index) => {
    if (row.reason === 'duplicate' && row.entry === undefined)
      problems.push({ file: row.file, field: `omitted[${index}].entry`, reason: 'a duplicate row must name the entry that covers it' });
    else if (row.entry !== undefined && !eventIds.has(row.entry))
      problems.push({ file: row.file, field: `omitted[${index}].entry`, reason: `"${row.entry}" is not an entry in content/events/` });
  });

  const seriesFiles = new Map<string, string>();
  for (const event of content.events) {
    problems.push(...checkEvent(event));
    problems.push(...checkCitations(event, context));
    const series = event.data.series;
    if (series?.number !== undefined) {
      const key = `${series.id} ${series.number}`;
      const first = seriesFiles.get(key);
      if (first === undefined) seriesFiles.set(key, event.file);
      else
        problems.push({
          file: event.file,
          field: 'series.number',
          reason: `number ${series.number} of the series "${series.id}" is already ${first}`,
        });
    }
  }
  return problems;
}
