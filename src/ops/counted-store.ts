import type { Metrics } from '../base/metrics.js';

/** The store with every failed call counted in the metrics (by method), then rethrown. */
export function countStoreErrors<T extends object>(store: T, metrics: Metrics): T {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const failed = (err: unknown) => {
          metrics.storeError(String(prop));
          throw err;
        };
        try {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result instanceof Promise ? result.catch(failed) : result;
        } catch (err) {
          return failed(err);
        }
      };
    },
  });
}
