import type Database from 'better-sqlite3';
import type pg from 'pg';
import { type RateLimiterAbstract, RateLimiterPostgres, RateLimiterSQLite } from 'rate-limiter-flexible';

/** Commands a user may send per window. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

const TABLE = 'arxivist_rate_limits';

/** Resolves with the limiter once its table exists (rate-limiter-flexible creates it when missing). */
function ready<T extends RateLimiterAbstract>(make: (done: (err?: Error) => void) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const limiter: T = make((err) => (err ? reject(err) : resolve(limiter)));
  });
}

/**
 * A per-user limit counted in PostgreSQL: every instance on the database shares each user's count.
 * Its table comes from the store's migrations.
 */
export function postgresRateLimiter(pool: pg.Pool, name: string, limit: RateLimit, schema?: string) {
  return Promise.resolve(
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: TABLE,
      ...(schema ? { schemaName: schema } : {}),
      tableCreated: true,
      keyPrefix: name,
      points: limit.max,
      duration: limit.windowMs / 1000,
    }),
  );
}

/** A per-user limit counted in the SQLite file: the processes on one data folder share each user's count. */
export function sqliteRateLimiter(db: Database.Database, name: string, limit: RateLimit) {
  return ready(
    (done) =>
      new RateLimiterSQLite(
        {
          storeClient: db,
          storeType: 'better-sqlite3',
          tableName: TABLE,
          keyPrefix: name,
          points: limit.max,
          duration: limit.windowMs / 1000,
        },
        done,
      ),
  );
}
