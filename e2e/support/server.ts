/** Serves the end-to-end fixtures on 127.0.0.1 (never the network): committed files plus the sample page. */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { samplePage } from './sample-page';

const root = new URL('../fixtures/', import.meta.url).pathname;
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

export interface FixtureServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers by path (a Content-Security-Policy for one fixture, say). */
  headers?: Record<string, Record<string, string>>;
}

export async function serveFixtures(extra: Record<string, () => string> = {}, { headers = {} }: ServeOptions = {}): Promise<FixtureServer> {
  const routes: Record<string, () => string> = { '/news.html': samplePage, ...extra };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      const route = routes[path];
      const body = route ? route() : readFileSync(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers[path] });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
