// The HTTP server on PORT: health (200 or 503 saying which check failed), Prometheus metrics,
// POST-only routes, and counted store errors.
import { afterEach, describe, expect, it } from 'vitest';
import { LiveIndex } from '../src/search/live-index.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { countStoreErrors } from '../src/ops/counted-store.js';
import { healthChecks } from '../src/ops/health.js';
import { startHttpServer } from '../src/ops/http-server.js';
import { PrometheusMetrics } from '../src/ops/prometheus.js';
import { captureLog } from './helpers/digest-env.js';
import { fixtureIndex } from './helpers/fixture.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(live: LiveIndex, store?: { ping(): Promise<void> }) {
  const metrics = new PrometheusMetrics();
  let posted = 0;
  const routes = new Map([
    [
      '/hook',
      async (_req: unknown, res: import('node:http').ServerResponse) => {
        posted++;
        res.end('ok');
      },
    ],
  ]);
  const http = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    health: healthChecks(live, store),
    metrics,
    routes,
    log: captureLog(),
  });
  closers.push(() => http.close());
  return { base: `http://127.0.0.1:${http.port}`, metrics, posted: () => posted };
}

describe('operations on PORT', () => {
  it('/healthz is 200 when the index is loaded and the store answers', async () => {
    const { base } = await serve(new LiveIndex(fixtureIndex()), { ping: async () => undefined });
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      status: 'ok',
      checks: { index: { ok: true, detail: '50 papers' }, store: { ok: true, detail: 'answers' } },
    });
  });

  it('/healthz is 503 and says which check failed: a store that fails, an empty index', async () => {
    const down = await serve(new LiveIndex(fixtureIndex()), {
      ping: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
    });
    const r = await fetch(`${down.base}/healthz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({
      status: 'unavailable',
      checks: { index: { ok: true }, store: { ok: false, detail: 'connect ECONNREFUSED 127.0.0.1:5432' } },
    });
    const empty = await serve(new LiveIndex(PaperIndex.of([])));
    const e = await fetch(`${empty.base}/healthz`);
    expect(e.status).toBe(503);
    expect(await e.json()).toMatchObject({ checks: { index: { ok: false, detail: '0 papers' } } });
  });

  it('/metrics is Prometheus text with the bot series; routes take POST only; other paths 404', async () => {
    const { base, metrics, posted } = await serve(new LiveIndex(fixtureIndex()));
    metrics.command('search', 'ok', 0.012);
    metrics.command('search', 'refused', 0.001);
    metrics.digests('sent', 3);
    metrics.reload('arxiv', 'failed');
    const store = countStoreErrors({ due: () => Promise.reject(new Error('down')) }, metrics);
    await expect(store.due()).rejects.toThrow('down');
    const r = await fetch(`${base}/metrics`);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await r.text();
    expect(text).toMatch(/^arxivist_commands_total\{command="search",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^arxivist_commands_total\{command="search",outcome="refused"\} 1$/m);
    expect(text).toMatch(/^arxivist_reply_seconds_bucket\{le="0.025",command="search"\} 2$/m);
    expect(text).toMatch(/^arxivist_digests_total\{outcome="sent"\} 3$/m);
    expect(text).toMatch(/^arxivist_digests_total\{outcome="paused"\} 0$/m);
    expect(text).toMatch(/^arxivist_listing_reloads_total\{kind="arxiv",outcome="failed"\} 1$/m);
    expect(text).toMatch(/^arxivist_store_errors_total\{operation="due"\} 1$/m);
    expect(text).toMatch(/^arxivist_process_resident_memory_bytes /m);
    expect((await fetch(`${base}/hook`)).status).toBe(405);
    expect((await fetch(`${base}/hook`, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(posted()).toBe(1);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
