import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';

const SRC = path.join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((file) => /\.(?:ts|astro|css)$/u.test(file))
  .map((file) => path.join(SRC, file));

/** Each source file's folder, relative to src/ ("lib/timeline"), and the folders its relative imports reach. */
function folderEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of files.filter((f) => !f.endsWith('.css'))) {
    const from = path.relative(SRC, path.dirname(file));
    const targets = edges.get(from) ?? new Set<string>();
    edges.set(from, targets);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/gu)) {
      const to = path.relative(SRC, path.dirname(path.resolve(path.dirname(file), match[1] ?? '')));
      if (to !== from && !to.startsWith('..')) targets.add(to);
    }
  }
  return edges;
}

/** A cycle in the folder graph, as a path of folders, or null. */
function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    trail.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the layout of the code', () => {
  it('has no import cycle between the folders of src/', () => {
    expect(findCycle(folderEdges())).toBeNull();
  });

  it('finds a cycle when there is one, so the check above can fail', () => {
    const edges = new Map([
      ['lib/export', new Set(['lib/pages'])],
      ['lib/pages', new Set(['lib/export'])],
    ]);
    expect(findCycle(edges)).toEqual(['lib/export', 'lib/pages', 'lib/export']);
  });

  it('keeps every file under src/ within 300 lines, and the timeline element within 200', () => {
    const long = files
      .map((file) => ({ file: path.relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
    const element = readFileSync(path.join(SRC, 'client/defence-timeline.ts'), 'utf8').split('\n').length;
    expect(element).toBeLessThanOrEqual(200);
  });

  it('keeps the schemas free of imports from the rest of the code: the rest depends on them', () => {
    const edges = folderEdges();
    for (const [folder, targets] of edges) {
      if (folder.startsWith('schemas')) {
        expect(
          [...targets].filter((to) => !to.startsWith('schemas')),
          folder,
        ).toEqual([]);
      }
    }
  });
});
