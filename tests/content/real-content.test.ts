import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { countsByYear } from '../../src/lib/dataset/groups';
import { translationCoverage } from '../../src/lib/content/localized';
import { ROOT } from '../helpers/fixtures';

describe('the real content', () => {
  it('passes every rule', async () => {
    const { problems } = await readContent(path.join(ROOT, 'content'), ROOT);
    expect(problems).toEqual([]);
  });

  it('cites the seed articles before references in every entry that cites both', async () => {
    const { content } = await readContent(path.join(ROOT, 'content'), ROOT);
    const typeOf = new Map(content.sources.map((s) => [s.id, s.data.type]));
    for (const event of content.events) {
      const types = event.data.sources.map((c) => typeOf.get(c.source));
      const firstReference = types.indexOf('reference');
      if (firstReference >= 0) expect(types.slice(firstReference), event.id).not.toContain('article');
    }
  });

  it('gives no date to the undated photo caption of seed 000', async () => {
    const { content } = await readContent(path.join(ROOT, 'content'), ROOT);
    const caption = content.events.filter((e) => /flag hoisting/iu.test(`${e.data.title} ${e.body}`));
    expect(caption).toEqual([]);
  });

  it('sends Engineering Unit rotations to Abyei (UNISFA), not South Sudan, as facts.md corrects seed 003', async () => {
    const { content } = await readContent(path.join(ROOT, 'content'), ROOT);
    const engineering = content.events.filter((e) => e.data.series?.id === 'engineering-unit');
    expect(engineering.map((e) => e.data.series?.number).sort()).toEqual([1, 2, 3, 4]);
    for (const event of engineering) {
      expect(event.data.rotation?.mission).toBe('UNISFA');
      expect(event.data.rotation?.place).toMatch(/Abyei/u);
    }
    const hospitals = content.events.filter((e) => e.data.series?.id === 'level-2-field-hospital');
    expect(hospitals.map((e) => e.data.series?.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('covers every year of 2015–2025 with at least eight entries', async () => {
    const { content } = await readContent(path.join(ROOT, 'content'), ROOT);
    for (const [year, count] of countsByYear(content.events)) expect(count, String(year)).toBeGreaterThanOrEqual(8);
  });

  it('gives every entry its Vietnamese title and summary, in NFC: a translation coverage of 100%', async () => {
    const { content } = await readContent(path.join(ROOT, 'content'), ROOT);
    expect(translationCoverage(content.events)).toMatchObject({ translated: content.events.length, missing: [] });
    for (const event of content.events) {
      expect(event.data.vi, event.id).toBeDefined();
      for (const text of [event.data.vi?.title ?? '', event.data.vi?.summary ?? '', event.body]) {
        expect(text.normalize('NFC'), event.id).toBe(text);
      }
    }
  });

  it('no longer dates Field Hospital Rotation 6 by a departure day its quotes do not state', async () => {
    const { content } = await readContent(path.join(ROOT, 'content'), ROOT);
    const rotation = content.events.find((e) => e.id === 'level-2-field-hospital-rotation-6');
    expect(rotation?.data.start).toBe('2024-09-26');
  });
});
