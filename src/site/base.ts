import { withTrailingSlash } from '../lib/dataset/paths';

/** The site's base path with one trailing slash ("/" or e.g. "/mirror/timeline/"), for building links. */
export const SITE_BASE = withTrailingSlash(import.meta.env.BASE_URL);
