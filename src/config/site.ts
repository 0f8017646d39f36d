import { en } from '../i18n/en/shared';
import { SITE_YEARS } from '../schemas/vocabulary/scope';

/**
 * The site's settings, in one place. What is not configured stays unset and
 * the build prints nothing in its place: there is no placeholder address.
 */
export interface SiteConfig {
  /** The canonical origin, e.g. "https://example.net", from SITE_URL; undefined when not configured. */
  url: string | undefined;
  name: string;
  years: { readonly first: number; readonly last: number };
  maintainer: string;
  /** The licence of the data and text. */
  licence: { name: string; url: string };
}

/** Reads the canonical address from the environment, rejecting anything that is not an http(s) origin. */
function canonicalUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http(s): ${value}`);
  return url.origin;
}

export const SITE: SiteConfig = {
  url: canonicalUrl(process.env['SITE_URL']),
  name: en.site.name,
  years: SITE_YEARS,
  maintainer: 'The Vietnam defence diplomacy timeline project',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
