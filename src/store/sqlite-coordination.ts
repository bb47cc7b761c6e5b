import type Database from 'better-sqlite3';
import type { InstanceCoordination } from '../base/instance-coordination.js';
import { type LeaseRows, type TurnRows, takeTurn, underLease } from './coordination-tables.js';

/**
 * {@link InstanceCoordination} for the processes on one SQLite file: turns at each service in
 * table request_gates, leases in table leases, both on `clock` (ms).
 */
export class SqliteCoordination implements InstanceCoordination {
  private readonly leases: LeaseRows = {
    take: async (name, owner, ttlMs) => {
      const now = this.clock();
      return (
        this.db
          .prepare(
            `INSERT INTO leases (name, owner, until) VALUES (?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
             WHERE leases.owner = excluded.owner OR leases.until <= ?`,
          )
          .run(name, owner, now + ttlMs, now).changes > 0
      );
    },
    drop: async (name, owner) => {
      this.db.prepare('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
    },
  };
  private readonly turns: TurnRows = {
    take: async (service, owner, spacingMs, holdMs) => {
      const now = this.clock();
      return this.db
        .transaction(() => {
          const row = this.db
            .prepare('SELECT holder, held_until, free_at FROM request_gates WHERE service = ?')
            .get(service) as { holder: string | null; held_until: number; free_at: number } | undefined;
          if (row?.holder && row.held_until > now) return 'held';
          const wait = row ? row.free_at + spacingMs - now : 0;
          if (wait > 0) return wait;
          this.db
            .prepare(
              `INSERT INTO request_gates (service, holder, held_until) VALUES (?, ?, ?)
               ON CONFLICT (service) DO UPDATE SET holder = excluded.holder, held_until = excluded.held_until`,
            )
            .run(service, owner, now + holdMs);
          return 0;
        })
        .immediate();
    },
    end: async (service, owner) => {
      this.db
        .prepare('UPDATE request_gates SET holder = NULL, free_at = ? WHERE service = ? AND holder = ?')
        .run(this.clock(), service, owner);
    },
  };

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => number,
  ) {}

  waitTurn(service: string, spacingMs: number): Promise<() => Promise<void>> {
    return takeTurn(this.turns, service, spacingMs);
  }

  exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    return underLease(this.leases, name, work);
  }
}
