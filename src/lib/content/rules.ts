import { earliestDay, latestDay, yearOf } from '../dates/edtf';
import { expectedOrdinal } from './anniversary';
import { TIMELINE_SCOPE, type Content, type EventEntry } from './model';
import type { ContentProblem } from './problems';
import { quoteAppearsIn } from './quotes';

const SCOPE_START = Date.UTC(TIMELINE_SCOPE.firstYear, 0, 1);
const SCOPE_END = Date.UTC(TIMELINE_SCOPE.lastYear, 11, 31);
const SCOPE_LABEL = `${TIMELINE_SCOPE.firstYear}–${TIMELINE_SCOPE.lastYear}`;

export interface RuleContext {
  /** Every source body by id, including sources whose frontmatter failed, so one error does not cascade. */
  sourceBodies: ReadonlyMap<string, string>;
  /** Names of the raw seed files available, when known. */
  seedFiles?: ReadonlySet<string>;
}

/** Checks one event on its own: dates, scope, and the blocks its kind requires. */
export function checkEvent({ file, data }: EventEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ file, field, reason });

  if (data.end !== undefined && latestDay(data.end) < earliestDay(data.start)) {
    problem('end', `"${data.end}" is before the start "${data.start}"`);
  }
  if (earliestDay(data.start) < SCOPE_START || earliestDay(data.start) > SCOPE_END) {
    problem('start', `"${data.start}" lies outside the timeline's years, ${SCOPE_LABEL}`);
  }
  if (data.end !== undefined && latestDay(data.end) > SCOPE_END) {
    problem('end', `"${data.end}" lies outside the timeline's years, ${SCOPE_LABEL}`);
  }

  for (const block of ['anniversary', 'rotation'] as const) {
    if (data.kind === block && data[block] === undefined) {
      problem(block, `is required when kind is "${block}"`);
    } else if (data.kind !== block && data[block] !== undefined) {
      problem(block, `is only allowed when kind is "${block}" (kind is "${data.kind}")`);
    }
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
  return problems;
}

/** Checks what needs more than one entry: unique ids, citations, rotation numbers, seed files. */
export function checkContent(content: Content, context: RuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const [collection, entries] of [
    ['sources', content.sources],
    ['events', content.events],
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
    if (data.type === 'article' && context.seedFiles && !context.seedFiles.has(data.seed)) {
      problems.push({ file, field: 'seed', reason: `"${data.seed}" is not a file in content/seeds/` });
    }
  }

  const rotationFiles = new Map<string, string>();
  for (const event of content.events) {
    problems.push(...checkEvent(event));
    event.data.sources.forEach((citation, index) => {
      const body = context.sourceBodies.get(citation.source);
      if (body === undefined) {
        problems.push({
          file: event.file,
          field: `sources[${index}].source`,
          reason: `"${citation.source}" is not a source in content/sources/`,
        });
      } else if (!quoteAppearsIn(citation.quote, body)) {
        problems.push({
          file: event.file,
          field: `sources[${index}].quote`,
          reason: `is not found verbatim in the text of source "${citation.source}"`,
        });
      }
    });
    const rotation = event.data.rotation;
    if (rotation) {
      const key = `${rotation.series} ${rotation.number}`;
      const first = rotationFiles.get(key);
      if (first === undefined) rotationFiles.set(key, event.file);
      else
        problems.push({
          file: event.file,
          field: 'rotation.number',
          reason: `${rotation.series} rotation ${rotation.number} is already ${first}`,
        });
    }
  }
  return problems;
}
