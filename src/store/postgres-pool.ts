import pg from 'pg';
import pRetry from 'p-retry';
import type { Log } from '../base/log.js';
import { quoteIdent } from './postgres-schema.js';

/** How a {@link PostgresStore} connects. */
export interface PostgresStoreOptions {
  /** A postgres:// URL (ARXIVIST_DATABASE_URL). */
  url: string;
  /** Tables live in this schema, created when missing (tests); default: the connection's search_path. */
  schema?: string;
  /** The clock leases are measured on, in ms; default the database's, shared by every instance. */
  clock?: () => number;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  log?: Log;
  /** How long to keep trying a database that does not answer yet (default 30 s). */
  connectTimeoutMs?: number;
}

// BIGINT columns (ids, sequence numbers, lease times) come back as JS numbers: all stay below 2^53.
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8
      ? (v: string) => Number(v)
      : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

/**
 * Now in ms, as a SQL expression: parameter `$n` when given (tests set the clock), else the
 * database's clock, which every instance shares.
 */
export function nowMs(n: number): string {
  return `COALESCE($${n}::bigint, (extract(epoch from clock_timestamp()) * 1000)::bigint)`;
}

/** A pool on the options' database, its connections on the options' schema. */
export function createPool(options: PostgresStoreOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // An idle connection the server dropped must not crash the process: the pool replaces it.
  pool.on('error', (err) => options.log?.warn({ err }, 'PostgreSQL connection lost; the pool reconnects'));
  return pool;
}

/** Resolves once the database answers, retrying while it starts (up to `connectTimeoutMs`, default 30 s). */
export async function waitForDatabase(pool: pg.Pool, options: PostgresStoreOptions): Promise<void> {
  const deadline = Date.now() + (options.connectTimeoutMs ?? 30_000);
  await pRetry(() => pool.query('SELECT 1'), {
    retries: 30,
    minTimeout: 250,
    maxTimeout: 2_000,
    shouldRetry: ({ error }) => Date.now() < deadline && isConnectionError(error),
    onFailedAttempt: ({ error, attemptNumber }) =>
      options.log?.warn({ err: error, attempt: attemptNumber }, 'PostgreSQL does not answer yet; retrying'),
  });
}

function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  // Refused, reset, timed out, or the server still starting ("the database system is starting up").
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', '57P03'].includes(code) || /timeout/i.test(String(err))
  );
}

/** Runs `work` in a transaction on one connection of the pool: committed when it resolves, else rolled back. */
export async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
