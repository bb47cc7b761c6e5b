import type pg from 'pg';
import type { SharedState } from '../base/shared-state.js';

/** {@link SharedState} in table shared_state, with expiry on the database's clock. */
export class PostgresState implements SharedState {
  constructor(private readonly pool: pg.Pool) {}

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO shared_state (key, value, expires_at) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
      [key, value, ttlMs],
    );
    // Expired entries go a few at a time, as new ones come.
    await this.pool.query(
      'DELETE FROM shared_state WHERE key IN (SELECT key FROM shared_state WHERE expires_at < clock_timestamp() LIMIT 20)',
    );
  }

  async get(key: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ value: string }>(
      'SELECT value FROM shared_state WHERE key = $1 AND expires_at > clock_timestamp()',
      [key],
    );
    return rows[0]?.value;
  }

  async once(key: string, ttlMs: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO shared_state AS s (key, value, expires_at) VALUES ($1, '1', clock_timestamp() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET value = '1', expires_at = EXCLUDED.expires_at WHERE s.expires_at <= clock_timestamp()`,
      [key, ttlMs],
    );
    return (rowCount ?? 0) > 0;
  }
}
