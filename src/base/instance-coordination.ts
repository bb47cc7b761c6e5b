/**
 * Takes turns at a service among every process sharing a database, as arXiv asks: one request
 * at a time, and 3 s between them.
 */
export interface RequestGate {
  /**
   * Resolves when this process may send a request to `service`: no other process's request is
   * in flight, and `spacingMs` passed since the last answer ended (its time is kept in the
   * database). Resolves with the function that ends the turn, to call once the answer is read;
   * a turn never ended (its process died) ends by itself after two minutes.
   */
  waitTurn(service: string, spacingMs: number): Promise<() => Promise<void>>;
}

/** Lets one process at a time, among those sharing a database, do a named piece of work. */
export interface RefreshLease {
  /**
   * Runs `work` once no other process runs work under `name`, waiting while one does. A process
   * that dies mid-work holds the name until its lease runs out.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** What the processes sharing a database coordinate: arXiv's spacing, and who refreshes a query. */
export type InstanceCoordination = RequestGate & RefreshLease;
