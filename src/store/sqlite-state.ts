import type Database from 'better-sqlite3';
import type { SharedState } from '../base/shared-state.js';

/** {@link SharedState} in table shared_state of the SQLite file, expiring on `clock` (ms). */
export class SqliteState implements SharedState {
  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => number,
  ) {}

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    const now = this.clock();
    this.db
      .prepare(
        'INSERT INTO shared_state (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
      )
      .run(key, value, now + ttlMs);
    this.db
      .prepare('DELETE FROM shared_state WHERE key IN (SELECT key FROM shared_state WHERE expires_at < ? LIMIT 20)')
      .run(now);
  }

  async get(key: string): Promise<string | undefined> {
    const row = this.db
      .prepare('SELECT value FROM shared_state WHERE key = ? AND expires_at > ?')
      .get(key, this.clock()) as { value: string } | undefined;
    return row?.value;
  }

  async once(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    return (
      this.db
        .prepare(
          "INSERT INTO shared_state (key, value, expires_at) VALUES (?, '1', ?) ON CONFLICT (key) DO UPDATE SET value = '1', expires_at = excluded.expires_at WHERE shared_state.expires_at <= ?",
        )
        .run(key, now + ttlMs, now).changes > 0
    );
  }
}
