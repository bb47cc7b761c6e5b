/** Says whether the current slice of work has used its time (and starts the next one if so). */
export type Due = () => boolean;

/** Longest stretch of work between yields, in milliseconds: a running bot's event loop budget. */
export const SLICE_MS = 10;

/** A {@link Due} for slices of `ms` milliseconds. */
export function slices(ms = SLICE_MS): Due {
  let start = performance.now();
  return () => {
    const now = performance.now();
    if (now - start < ms) return false;
    start = now;
    return true;
  };
}

/** Runs a stepwise job, letting other work (a bot's updates) run between its steps. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Runs a stepwise job at once. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** `text.split('\n')`, in steps of about 64 KB so a long text does not hold the event loop. */
export function* splitLines(text: string, due: Due): Generator<void, string[]> {
  const out: string[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', Math.min(text.length, at + 65_536));
    if (end < 0) end = text.length;
    for (const line of text.slice(at, end).split('\n')) out.push(line);
    at = end + 1;
    if (due()) yield;
  }
  return out;
}
