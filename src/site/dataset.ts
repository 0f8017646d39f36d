import { SITE } from '../config/site';
import { ui } from '../i18n/en/ui';
import { absoluteUrl } from '../lib/pages/links';
import { toEventsJson } from '../lib/dataset/records';
import type { EventsJson } from '../schemas/events-json';
import { SITE_BASE } from './base';
import { getContent } from './content';

let dataset: Promise<EventsJson> | undefined;

/**
 * The published dataset that every page and endpoint reads: built once per
 * build from the content (in development, on every request).
 */
export function getDataset(): Promise<EventsJson> {
  const make = async () => toEventsJson(await getContent(), SITE_BASE, ui.dataset);
  if (!import.meta.env.PROD) return make();
  dataset ??= make();
  return dataset;
}

/** A site path made absolute when the site has a canonical address; left a path otherwise. */
export function siteHref(path: string): string {
  return absoluteUrl(path, SITE.url);
}
