import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Log } from '../base/log.js';
import { redactSecrets } from '../base/secrets.js';
import type { PrometheusMetrics } from './prometheus.js';

/** A request handler for one POST path (the Telegram webhook). */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What `/healthz` reports: each check's state; healthy when all are "ok". */
export type HealthChecks = () => Promise<Record<string, { ok: boolean; detail: string }>>;

/** Options of {@link startHttpServer}. */
export interface HttpServerOptions {
  /** 0: any free port (tests), told back by the result. */
  port: number;
  host?: string;
  health: HealthChecks;
  metrics: PrometheusMetrics;
  /** POST routes by path. */
  routes?: ReadonlyMap<string, Route>;
  log: Log;
}

/** The server on PORT: GET /healthz, GET /metrics, and the POST routes (the webhook). */
export async function startHttpServer(
  options: HttpServerOptions,
): Promise<{ port: number; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void handle(options, req, res).catch((err: unknown) => {
      options.log.error({ err, path: req.url }, 'http: request failed');
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('internal error');
    });
  });
  // A slow or stalled client may not hold a connection open for long.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.log.info({ port, routes: [...(options.routes?.keys() ?? [])] }, 'http: listening');
  return {
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const route = options.routes?.get(path);
  if (route) {
    if (req.method !== 'POST') return text(res, 405, 'POST only');
    return route(req, res);
  }
  if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    const checks = await options.health();
    const healthy = Object.values(checks).every((c) => c.ok);
    res.writeHead(healthy ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    // A check's detail is an error's message, which may quote what it was given.
    res.end(redactSecrets(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', checks })));
    return;
  }
  if (path === '/metrics' && req.method === 'GET') {
    const body = await options.metrics.registry.metrics();
    res.writeHead(200, { 'Content-Type': options.metrics.registry.contentType });
    res.end(redactSecrets(body));
    return;
  }
  text(res, 404, 'not found');
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(body);
}
