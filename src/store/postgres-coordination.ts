import type pg from 'pg';
import type { InstanceCoordination } from '../base/instance-coordination.js';
import { nowMs } from './postgres-pool.js';
import { type LeaseRows, type TurnRows, takeTurn, underLease } from './coordination-tables.js';

/**
 * {@link InstanceCoordination} for the instances on one PostgreSQL database: turns at each
 * service in table request_gates, leases in table leases, both on the database's clock (or
 * `clock`, tests).
 */
export class PostgresCoordination implements InstanceCoordination {
  private readonly leases: LeaseRows = {
    take: async (name, owner, ttlMs) => {
      const { rowCount } = await this.pool.query(
        `INSERT INTO leases AS l (name, owner, until) VALUES ($1, $2, ${nowMs(3)} + $4)
         ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, until = EXCLUDED.until
         WHERE l.owner = EXCLUDED.owner OR l.until <= ${nowMs(3)}`,
        [name, owner, this.clock?.() ?? null, ttlMs],
      );
      return (rowCount ?? 0) > 0;
    },
    drop: async (name, owner) => {
      await this.pool.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
    },
  };
  private readonly turns: TurnRows = {
    take: async (service, owner, spacingMs, holdMs) => {
      // One statement takes a free turn; when it cannot, a second one says how long to wait.
      const now = this.clock?.() ?? null;
      const taken = await this.pool.query(
        `INSERT INTO request_gates AS g (service, holder, held_until) VALUES ($1, $2, ${nowMs(3)} + $4)
         ON CONFLICT (service) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until
         WHERE (g.holder IS NULL OR g.held_until <= ${nowMs(3)}) AND g.free_at + $5 <= ${nowMs(3)}`,
        [service, owner, now, holdMs, spacingMs],
      );
      if (taken.rowCount) return 0;
      const { rows } = await this.pool.query<{ held: boolean; wait: number }>(
        `SELECT holder IS NOT NULL AND held_until > ${nowMs(2)} AS held, free_at + $3 - ${nowMs(2)} AS wait
         FROM request_gates WHERE service = $1`,
        [service, now, spacingMs],
      );
      const row = rows[0];
      return row?.held ? 'held' : Math.max(1, row?.wait ?? 1);
    },
    end: async (service, owner) => {
      await this.pool.query(
        `UPDATE request_gates SET holder = NULL, free_at = ${nowMs(3)} WHERE service = $1 AND holder = $2`,
        [service, owner, this.clock?.() ?? null],
      );
    },
  };

  constructor(
    private readonly pool: pg.Pool,
    private readonly clock?: () => number,
  ) {}

  waitTurn(service: string, spacingMs: number): Promise<() => Promise<void>> {
    return takeTurn(this.turns, service, spacingMs);
  }

  exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    return underLease(this.leases, name, work);
  }
}
