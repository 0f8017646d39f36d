// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// BASE lets the same site be built for a sub-path, e.g. BASE=/mirror/timeline/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://timeline.example.org',
  base: process.env.BASE ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [sitemap()],
});
