/** A local HTTP server for the demo and the browser tests: serves tests/fixtures/pages, records posts. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { resolve, normalize, sep } from 'node:path';

export interface FixtureServer {
  url: string;
  port: number;
  /** Every POST received, in order (the guard tests check nothing secret arrived). */
  posts: { path: string; body: string; headers: Record<string, string>; status: number }[];
  /** Answer the next `n` POSTs to `path` with HTTP 503 (a report endpoint that is down). */
  failNext(path: string, n: number): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
};

export async function startFixtureServer(
  root = resolve(import.meta.dirname, '../tests/fixtures/pages'),
): Promise<FixtureServer> {
  const posts: FixtureServer['posts'] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
        );
        const fail = failures.get(path) ?? 0;
        if (fail > 0) failures.set(path, fail - 1);
        const status = fail > 0 ? 503 : 200;
        posts.push({ path, body, headers, status });
        res.statusCode = status;
        if (path.startsWith('/collect')) {
          res.setHeader('content-type', 'application/json');
          res.end(status === 200 ? '{"ok":true}' : '{"error":"down"}');
          return;
        }
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end('<!doctype html><title>received</title><p id="received">received</p>');
      });
      return;
    }
    const file = normalize(resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path)));
    if (!file.startsWith(root + sep) && file !== root) {
      res.statusCode = 403;
      res.end();
      return;
    }
    try {
      const data = await readFile(file);
      res.setHeader(
        'content-type',
        TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
      );
      res.end(data);
    } catch {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    posts,
    failNext: (path, n) => void failures.set(path, n),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
