import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Files a host compresses: text. Fonts and images are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml))/u;

export interface ServeOptions {
  /** Where the site is served: '/' unless it is built for a sub-path. */
  prefix?: string;
  /** gzip text for clients that accept it, as `npm start` (astro preview) and any real host do. */
  compress?: boolean;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Sends one file, gzipped when asked to compress, the file is text and the client accepts gzip. */
async function sendFile(file: string, compress: boolean, request: IncomingMessage, response: ServerResponse) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = compress && COMPRESSIBLE.test(type) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'Content-Type': type,
    ...(compress ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  await (gzip ? pipeline(createReadStream(file), createGzip(), response) : pipeline(createReadStream(file), response));
}

/** Answers one request for a file below `root`, served at `prefix`. */
async function respond(
  root: string,
  { prefix = '/', compress = false }: ServeOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(prefix)) {
    response.writeHead(404).end('Not found');
    return;
  }
  pathname = pathname.slice(prefix.length - 1);
  let file = path.join(root, path.normalize(pathname));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
      await stat(file);
    }
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  await sendFile(file, compress, request, response);
}

/**
 * Serves `root` at `prefix` on a free loopback port, like a plain static host:
 * `dir/` serves `dir/index.html`, `dir` redirects to `dir/`, anything else is 404.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { prefix = '/' } = options;
  const server: Server = createServer((request, response) => {
    // A request the handler cannot even read (e.g. a malformed %-escape) is the client's error.
    respond(root, options, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(400);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
