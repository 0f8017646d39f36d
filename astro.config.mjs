// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config/site';
import { LANGS, editionPrefix } from './src/i18n/editions';
import { searchIndex } from './src/integrations/search-index';
import { singleFilePage } from './src/integrations/single-file-page';

const OFFLINE_PAGE = 'timeline-offline';

// BASE lets the same site be built for a sub-path, e.g. BASE=/mirror/timeline/.
export default defineConfig({
  // The canonical address, from SITE_URL; unset, nothing absolute is written (no feed, no sitemap).
  ...(SITE.url === undefined ? {} : { site: SITE.url }),
  base: process.env.BASE ?? '/',
  trailingSlash: 'ignore',
  // Stylesheets and scripts are files, never inline: the Content-Security-Policy allows only 'self'.
  // Four pages at a time: one page's files are written while the next renders (a 10,000-entry build
  // took 110 s one at a time and 66 s four at a time, timed one after the other on this machine).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({ filter: (page) => !page.includes(`/${OFFLINE_PAGE}/`) && !page.includes('/embed/') }),
    singleFilePage(LANGS.map((lang) => editionPrefix(lang) + OFFLINE_PAGE)),
    searchIndex(),
  ],
});
