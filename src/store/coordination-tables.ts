import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import pRetry from 'p-retry';

/** A table of named leases, each held by one owner until it runs out. */
export interface LeaseRows {
  /** Takes `name` for `owner` for `ttlMs`, or renews `owner`'s lease; false while another owner's lease lasts. */
  take(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Ends `owner`'s lease on `name`. */
  drop(name: string, owner: string): Promise<void>;
}

/** A table of the turns at each service: who holds it, and when the last answer ended. */
export interface TurnRows {
  /**
   * Takes the turn at `service` for `owner`, for at most `holdMs`, when no other owner holds it
   * and `spacingMs` passed since the last one ended: 0. Else 'held', or the ms left to wait.
   */
  take(service: string, owner: string, spacingMs: number, holdMs: number): Promise<number | 'held'>;
  /** Ends `owner`'s turn at `service` now. */
  end(service: string, owner: string): Promise<void>;
}

/** How long a lease lasts unless renewed: a process that died holds its name this long at most. */
export const LEASE_MS = 60_000;
/** The longest a process waits for another's work under the same name before giving up. */
const MAX_WAIT_MS = 15 * 60_000;
/** The longest a turn lasts: beyond any request's deadline, for a process that died mid-request. */
const TURN_HOLD_MS = 120_000;
/** How often to look again while another process's request is in flight. */
const IN_FLIGHT_POLL_MS = 200;

class Held extends Error {
  constructor(name: string) {
    super(`another process kept "${name}" for ${MAX_WAIT_MS / 60_000} minutes; gave up waiting for it`);
    this.name = 'Held';
  }
}

/** Who holds a lease or a turn: this process, once. */
function newOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * Runs `work` under the lease `name`: asks for it again and again (p-retry, 0.25 s to 2 s apart)
 * while another process holds it, renews it every third of its length while the work runs, and
 * ends it after.
 */
export async function underLease<T>(rows: LeaseRows, name: string, work: () => Promise<T>): Promise<T> {
  const owner = newOwner();
  await pRetry(
    async () => {
      if (!(await rows.take(name, owner, LEASE_MS))) throw new Held(name);
    },
    {
      retries: Infinity,
      minTimeout: 250,
      maxTimeout: 2_000,
      factor: 1.5,
      maxRetryTime: MAX_WAIT_MS,
      shouldRetry: ({ error }) => error instanceof Held,
    },
  );
  const renewal = setInterval(() => void rows.take(name, owner, LEASE_MS).catch(() => undefined), LEASE_MS / 3);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await rows.drop(name, owner).catch(() => undefined);
  }
}

/**
 * Waits for the turn at `service`, sleeping as long as the table says (until the spacing since
 * the last answer has passed, or a moment while another process's request is in flight), and
 * returns the function that ends it.
 */
export async function takeTurn(rows: TurnRows, service: string, spacingMs: number): Promise<() => Promise<void>> {
  const owner = newOwner();
  for (let wait = await rows.take(service, owner, spacingMs, TURN_HOLD_MS); wait !== 0;) {
    await sleep(wait === 'held' ? IN_FLIGHT_POLL_MS : wait);
    wait = await rows.take(service, owner, spacingMs, TURN_HOLD_MS);
  }
  // A turn that cannot be ended here ends by itself (TURN_HOLD_MS): nothing to add to a request's outcome.
  return () => rows.end(service, owner).catch(() => undefined);
}
