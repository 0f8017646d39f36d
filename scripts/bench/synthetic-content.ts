/**
 * A content folder of generated entries, valid under every content rule, for
 * the build benchmark: each event cites a sentence of a generated reference.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringifyMarkdown } from '../../src/lib/content/frontmatter';
import { TYPE_DEFINITIONS } from '../../src/schemas/vocabulary/types';
import { syntheticEvents } from './synthetic-events';

const PER_SOURCE = 10;

export async function writeContentDir(dir: string, count: number): Promise<void> {
  await mkdir(path.join(dir, 'events'), { recursive: true });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await mkdir(path.join(dir, 'seeds'), { recursive: true });
  const events = syntheticEvents(count);
  const sentence = (i: number) => `Synthetic entry ${i} is recorded as starting on ${events[i]?.start}.`;
  const writes: Promise<void>[] = [];
  for (let s = 0; s * PER_SOURCE < count; s += 1) {
    const lines = [];
    for (let i = s * PER_SOURCE; i < Math.min(count, (s + 1) * PER_SOURCE); i += 1) lines.push(sentence(i));
    const data = {
      type: 'reference',
      title: `Synthetic report ${s}`,
      publisher: 'Benchmark',
      url: `https://benchmark.invalid/report/${s}`,
      published: 'unknown',
    };
    writes.push(writeFile(path.join(dir, 'sources', `report-${s}.md`), stringifyMarkdown(data, lines.join('\n\n'))));
  }
  events.forEach((event, i) => {
    const year = Number(event.start.slice(0, 4));
    const data = {
      title: event.title,
      kind: event.kind,
      type: event.type,
      start: event.start,
      ...(event.end ? { end: event.end } : {}),
      ...(event.inferred ? { startInferred: 'Generated for the benchmark.' } : {}),
      // The generated sentence states only the start.
      ...(event.end ? { endInferred: 'Generated for the benchmark.' } : {}),
      ...(TYPE_DEFINITIONS[event.type].needsDirection ? { direction: i % 2 ? 'inbound' : 'outbound' } : {}),
      place: 'Hanoi',
      partners: event.partners,
      scope: event.scope,
      status: 'held',
      ...(event.kind === 'anniversary'
        ? { anniversary: { ordinal: 10, base: { title: 'A base event', date: String(year - 10) } } }
        : {}),
      ...(event.kind === 'rotation'
        ? {
            series: { id: 'engineering-unit', number: i + 1 },
            rotation: { mission: 'UNISFA', place: 'Abyei' },
          }
        : {}),
      sources: [{ source: `report-${Math.floor(i / PER_SOURCE)}`, quote: sentence(i), supports: ['event', 'start'] }],
    };
    writes.push(
      writeFile(
        path.join(dir, 'events', `${event.id}.md`),
        stringifyMarkdown(data, `A generated summary of entry ${i}.`),
      ),
    );
  });
  await Promise.all(writes);
}

export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
