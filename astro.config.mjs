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
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({ filter: (page) => !page.includes(`/${OFFLINE_PAGE}/`) && !page.includes('/embed/') }),
    singleFilePage(LANGS.map((lang) => editionPrefix(lang) + OFFLINE_PAGE)),
    searchIndex(),
  ],
});
