// Several bot processes on one PostgreSQL schema, as the multi-instance e2e tests and the
// benchmark run them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startMain, tempDataDir } from './run.js';

/** A fresh schema on the test database, and a URL whose connections use it. */
export async function freshSchema(baseUrl: string): Promise<{ schema: string; url: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // A password, if the test database has none (it then ignores it): the leak check looks for it in all output.
  if (!url.password) url.password = `pg-LEAK-${randomBytes(6).toString('hex')}`;
  return {
    schema,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    },
  };
}

/** One bot process: its port (PORT=0 picks a free one), what it printed, and how to end it. */
export interface Instance {
  port: number;
  base: string;
  out: { text: string };
  child: ReturnType<typeof startMain>['child'];
  exited: Promise<number | null>;
}

/** Starts a bot process with `env` and waits until its HTTP server listens and Telegram's webhook is set. */
export async function startInstance(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<Instance> {
  const { child, out, exited } = startMain({
    ...process.env,
    ARXIVIST_DATA_DIR: tempDataDir(),
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
  });
  const port = await whenReady(out, child.stderr, exited, timeoutMs);
  return { port, base: `http://127.0.0.1:${port}`, out, child, exited };
}

/**
 * The port of a bot started with PORT=0, once its log (`out`, growing as `output` emits 'data')
 * says its HTTP server listens and Telegram's webhook is set; rejects if it exits first.
 */
export function whenReady(
  out: { text: string },
  output: { on(event: 'data', f: () => void): unknown; off(event: 'data', f: () => void): unknown },
  exited: Promise<unknown>,
  timeoutMs: number,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let port = 0;
    let ended = false;
    const check = () => {
      const listening = /"port":(\d+)[^\n]*"msg":"http: listening"/.exec(out.text);
      if (listening) port = Number(listening[1]);
      if (port && /"msg":"telegram: webhook set"/.test(out.text)) done();
    };
    const timer = setTimeout(
      () => done(new Error(`instance not ready in ${timeoutMs} ms:\n${out.text.slice(-3000)}`)),
      timeoutMs,
    );
    const done = (err?: Error) => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      output.off('data', check);
      if (err) reject(err);
      else resolve(port);
    };
    void exited.then(() => done(new Error(`instance exited before it was ready:\n${out.text.slice(-3000)}`)));
    output.on('data', check);
    check();
  });
}

/** Stops instances with SIGTERM and waits for them to exit. */
export async function stopAll(instances: readonly Instance[]): Promise<void> {
  await Promise.all(
    instances.map(async (i) => {
      if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGTERM');
      await i.exited;
    }),
  );
}
