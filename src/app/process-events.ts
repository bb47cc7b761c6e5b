/** Where a run hears signals and unhandled errors: the process, or a test's emitter. */
export interface ProcessEvents {
  on(event: string, listener: (arg: unknown) => void): unknown;
  off(event: string, listener: (arg: unknown) => void): unknown;
}

/** Listeners added to `events` for one run, all removed by removeAll(); no `events`, none added. */
export function listenTo(events: ProcessEvents | undefined): {
  on(event: string, listener: (arg: unknown) => void): void;
  once(event: string, listener: (arg: unknown) => void): void;
  removeAll(): void;
} {
  const added: [string, (arg: unknown) => void][] = [];
  const on = (event: string, listener: (arg: unknown) => void) => {
    events?.on(event, listener);
    added.push([event, listener]);
  };
  return {
    on,
    once: (event, listener) => {
      const once = (arg: unknown) => {
        events?.off(event, once);
        listener(arg);
      };
      on(event, once);
    },
    removeAll: () => {
      for (const [event, listener] of added.splice(0)) events?.off(event, listener);
    },
  };
}
