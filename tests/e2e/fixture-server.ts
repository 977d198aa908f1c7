import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_ROUTES, type FixtureRoute } from '../fixtures/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A local server that answers each fixture route by host and path, like the real site would. */
export interface FixtureServer {
  port: number;
  /** Host names the server answers for; map each to 127.0.0.1 in Chromium. */
  hosts: string[];
  /** Every request it received, as "host/path". */
  requests: string[];
  /** Adds or replaces a route at run time (for pages a test generates). */
  route(url: string, body: string): void;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: FixtureRoute[] = FIXTURE_ROUTES): Promise<FixtureServer> {
  const files = new Map<string, string>();
  const bodies = new Map<string, string>();
  for (const r of routes) {
    const u = new URL(r.url);
    files.set(u.host + u.pathname.replace(/\/$/, ''), r.file);
  }
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '');
    requests.push(host + path);
    const key = host + path;
    try {
      const body = bodies.get(key) ?? (files.has(key) ? await readFile(join(FIXTURES, files.get(key)!), 'utf8') : undefined);
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hosts = [...new Set(routes.map((r) => new URL(r.url).hostname))];
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    requests,
    route(url, body) {
      const u = new URL(url);
      bodies.set(u.host + u.pathname.replace(/\/$/, ''), body);
      if (!hosts.includes(u.hostname)) hosts.push(u.hostname);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
