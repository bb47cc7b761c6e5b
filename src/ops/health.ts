import type { LiveIndex } from '../search/live-index.js';
import type { HealthChecks } from './http-server.js';

const STORE_DEADLINE_MS = 2_000;

/** Health: the index is loaded, and the store (when there is one) answers within 2 s. */
export function healthChecks(live: LiveIndex, store?: { ping(): Promise<void> }): HealthChecks {
  return async () => {
    const checks: Record<string, { ok: boolean; detail: string }> = {
      index: { ok: live.current.size > 0, detail: `${live.current.size} papers` },
    };
    if (store) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          store.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${STORE_DEADLINE_MS} ms`)), STORE_DEADLINE_MS);
          }),
        ]);
        checks['store'] = { ok: true, detail: 'answers' };
      } catch (err) {
        checks['store'] = { ok: false, detail: (err as Error).message };
      } finally {
        clearTimeout(timer);
      }
    }
    return checks;
  };
}
