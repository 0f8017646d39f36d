import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventsJson } from '../../src/schemas/events-json';
import { PARTNERS } from '../../src/schemas/vocabulary/partners';
import { EVENT_TYPES, TYPE_DEFINITIONS } from '../../src/schemas/vocabulary/types';
import { readBuilt } from '../helpers/built';
import { ROOT } from '../helpers/fixtures';

const rowsOf = async (file: string) => csvParse((await readBuilt(file)).replace(/^\uFEFF/u, ''));

let json: EventsJson;
beforeAll(async () => {
  json = EventsJson.parse(JSON.parse(await readBuilt('data/events.json')));
});

describe('the research exports of the built site', () => {
  it('list every agreement once per partner country in the agreement dataset’s layout', async () => {
    const rows = await rowsOf('data/compat/dcad-main.csv');
    expect(rows.columns.slice(0, 30)).toContain('DCAid');
    const dyads = json.events
      .filter((event) => TYPE_DEFINITIONS[event.type].agreement)
      .flatMap((event) =>
        event.partners.filter((id) => PARTNERS[id].kind === 'country').map((id) => `${event.id} ${id}`),
      );
    expect(dyads.length).toBeGreaterThan(20);
    expect(rows.map((row) => `${row['entry_id'] ?? ''} ${row['cowName2'] ?? ''}`)).toEqual(
      dyads.map((dyad) => {
        const [id = '', partner = ''] = dyad.split(' ');
        return `${id} ${PARTNERS[partner as keyof typeof PARTNERS].en}`;
      }),
    );
  });

  it('give NDU’s three categories only, and the counts per partner, year and type add up', async () => {
    const ndu = await rowsOf('data/compat/ndu.csv');
    expect(new Set(ndu.map((row) => row['activity_category']))).toEqual(
      new Set(['senior-level-visit', 'military-exercise', 'naval-port-call']),
    );
    const counts = await rowsOf('data/partner-year-counts.csv');
    const total = counts.reduce((sum, row) => sum + Number(row['entries']), 0);
    expect(total).toBe(json.events.reduce((sum, event) => sum + event.partners.length, 0));
  });

  it('list every exercise and joint patrol in the exercise dataset’s layout, Vietnam first among the states', async () => {
    const rows = await rowsOf('data/compat/mme-exercises.csv');
    expect(rows.columns.slice(0, 3)).toEqual(['MMEID', 'Ex_Name', 'Series_Name']);
    expect(rows.columns).toContain('StateA');
    const exercises = json.events.filter((event) => TYPE_DEFINITIONS[event.type].exercise);
    expect(exercises.length).toBeGreaterThan(10);
    expect(rows.map((row) => row['entry_id'])).toEqual(exercises.map((event) => event.id));
    expect(rows.every((row) => row['StateA'] === 'Vietnam' && row['StateB'] !== '')).toBe(true);
  });

  it('give the data’s version and day in events.json, every version in the changelog and the version in the footer', async () => {
    const versions = (
      YAML.parse(await readFile(path.join(ROOT, 'content/versions.yaml'), 'utf8')) as {
        versions: { version: string; date: string }[];
      }
    ).versions;
    expect(versions.length).toBeGreaterThan(1);
    expect({ version: json.version, updated: json.updated }).toEqual({
      version: versions[0]?.version,
      updated: versions[0]?.date,
    });
    const changelog = await readBuilt('data/CHANGELOG.md');
    for (const { version, date } of versions) expect(changelog).toContain(`## ${version} (${date})`);
    expect(await readBuilt('about/index.html')).toContain(`Data version ${versions[0]?.version ?? ''}, updated`);
  });

  it('publish the codebook as JSON and Markdown, with every type', async () => {
    const book = JSON.parse(await readBuilt('data/codebook.json')) as { vocabularies: { types: { code: string }[] } };
    expect(book.vocabularies.types.map((type) => type.code)).toEqual(EVENT_TYPES);
    expect(await readBuilt('data/codebook.md')).toContain('## Compatible exports: how each column is filled');
  });
});
