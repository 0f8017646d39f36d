import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server';

let root: string;
const SCRIPT = 'window.data = "' + 'x'.repeat(4000) + '";\n';

/** The status, headers and raw (still encoded) body of one GET. */
function get(url: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(path.join(root, 'data.js'), SCRIPT);
  await writeFile(path.join(root, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the static server of the audit, the benchmark and the browser tests', () => {
  it('gzips text for a client that accepts it when asked to compress, and leaves fonts as they are', async () => {
    const server = await serveStatic(root, { compress: true });
    try {
      const script = await get(`${server.url}data.js`, 'gzip, deflate, br');
      expect(script.headers['content-encoding']).toBe('gzip');
      expect(script.body.length).toBeLessThan(SCRIPT.length / 10);
      expect(gunzipSync(script.body).toString()).toBe(SCRIPT);
      const page = await get(server.url, 'gzip');
      expect(gunzipSync(page.body).toString()).toContain('<title>x</title>');
      const font = await get(`${server.url}font.woff2`, 'gzip');
      expect(font.headers['content-encoding']).toBeUndefined();
      const plain = await get(`${server.url}data.js`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(SCRIPT);
    } finally {
      await server.close();
    }
  });

  it('sends files as they are unless asked to compress, and answers 404 for what is not there', async () => {
    const server = await serveStatic(root);
    try {
      const script = await get(`${server.url}data.js`, 'gzip');
      expect(script.headers['content-encoding']).toBeUndefined();
      expect(script.body.toString()).toBe(SCRIPT);
      expect((await get(`${server.url}missing.js`, 'gzip')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
