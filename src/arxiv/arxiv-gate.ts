import { setTimeout as sleep } from 'node:timers/promises';
import Bottleneck from 'bottleneck';

/** One request at a time to an API, spaced; `lastEnd` is when the previous answer ended. */
export interface Gate {
  limiter: Bottleneck;
  interval: number;
  lastEnd: number;
}

// One gate per API and spacing, for the whole process: two clients never ask at once.
const gates = new Map<string, Gate>();

/** The gate of an API at a spacing, made on first use. */
export function gateFor(apiUrl: string, interval: number): Gate {
  const key = `${new URL(apiUrl).origin}|${interval}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = { limiter: new Bottleneck({ maxConcurrent: 1, minTime: interval }), interval, lastEnd: -Infinity };
    gates.set(key, gate);
  }
  return gate;
}

/**
 * Runs `request` through the gate: every request to arXiv, redirects included, waits here for its
 * turn. bottleneck spaces the starts; the spacing also counts from the end of the previous
 * answer, so the server sees the interval whatever the latency of each request.
 */
export async function through<T>(gate: Gate, request: () => Promise<T>): Promise<T> {
  return gate.limiter.schedule(async () => {
    const wait = gate.lastEnd + gate.interval - performance.now();
    if (wait > 0) await sleep(wait);
    try {
      return await request();
    } finally {
      gate.lastEnd = performance.now();
    }
  });
}
