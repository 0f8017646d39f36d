import type { BrowserContext } from 'playwright-core';

export interface RequestWatch {
  /** Requests to any host but the site's, in the order they were made (each was aborted). */
  foreign: string[];
  /** Requests to the site's own server. */
  local: string[];
  /** Pass as `prepare` when opening the page. */
  prepare: (context: BrowserContext) => Promise<void>;
}

/**
 * Intercepts every request of a browser context: those to `origin` go
 * through, any other network request (http, https, ws, wss) is recorded and
 * aborted. data:, blob: and about: URLs never leave the browser.
 */
export function watchRequests(origin: string): RequestWatch {
  const watch: RequestWatch = {
    foreign: [],
    local: [],
    prepare: async (context) => {
      const note = (url: string): boolean => {
        const parsed = new URL(url);
        if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false;
        const isLocal = parsed.origin === origin;
        const list = isLocal ? watch.local : watch.foreign;
        if (!list.includes(url)) list.push(url);
        return !isLocal;
      };
      await context.route('**/*', (route) =>
        note(route.request().url()) ? route.abort('blockedbyclient') : route.continue(),
      );
      // Requests that bypass routing (e.g. from workers) still show up here.
      context.on('request', (request) => void note(request.url()));
      context.on('page', (page) => page.on('websocket', (socket) => void note(socket.url())));
    },
  };
  return watch;
}
