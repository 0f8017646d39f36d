import type { GetStaticPaths } from 'astro';
import { coveredYears, entriesByPartner } from '../lib/dataset/groups';
import { SERIES_IDS } from '../schemas/vocabulary/series';
import { getContent } from './content';

/**
 * The pages each dynamic route makes, shared by both editions' route files
 * (src/pages/… and src/pages/vi/…), which only pass their props to a view.
 */

export const eventPaths = (async () => {
  const content = await getContent();
  return content.events.map((event) => ({ params: { id: event.id }, props: { event, content } }));
}) satisfies GetStaticPaths;

export const sourcePaths = (async () => {
  const content = await getContent();
  return content.sources.map((source) => ({ params: { id: source.id }, props: { source, content } }));
}) satisfies GetStaticPaths;

export const partnerPaths = (async () => {
  const groups = entriesByPartner((await getContent()).events);
  return groups.map((group) => ({ params: { id: group.id }, props: { group } }));
}) satisfies GetStaticPaths;

export const seriesPaths = (async () => {
  const events = (await getContent()).events;
  return SERIES_IDS.filter((id) => events.some((event) => event.data.series?.id === id)).map((id) => ({
    params: { id },
    props: { id },
  }));
}) satisfies GetStaticPaths;

export const yearPaths = (() =>
  coveredYears().map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;
