import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems';
import { readContent } from '../../src/lib/content/read-content';
import { BASELINE, FIXTURES, contentWith } from '../helpers/fixtures';

interface Case {
  name: string;
  file: string;
  field: string;
  reason: string;
}

const MALFORMED = path.join(FIXTURES, 'malformed');
const cases = JSON.parse(readFileSync(path.join(MALFORMED, 'expected.json'), 'utf8')) as Case[];

describe('the content rules', () => {
  it('accept the baseline fixture content', async () => {
    const { problems, content } = await readContent(BASELINE, BASELINE);
    expect(problems).toEqual([]);
    expect(content.events).toHaveLength(3);
  });

  it('are exercised by a catalogue of at least 20 malformed entries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('reject $name, naming the file, the field and the reason', async ({ name, file, field, reason }) => {
    const dir = await contentWith(path.join(MALFORMED, name));
    const { problems } = await readContent(dir, dir);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file, field });
    expect(problem?.reason).toContain(reason);
    expect(formatProblem(problem!)).toBe(`${file} → ${field}: ${problem?.reason}`);
  });
});
