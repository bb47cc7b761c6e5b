import { createHook } from 'node:async_hooks';
import { runCli } from '../../src/app/cli.js';
import { secretsOf, testSecret, watchForSecrets } from './leaks.js';
import { type Ran, tempDataDir } from './run.js';

/**
 * Runs the arxivist CLI in this process, through runCli, with the environment a subprocess of
 * `cli()` (tests/helpers/run.ts) would have: what it printed and logged, and its exit code. A
 * failure the CLI does not handle rejects, where the subprocess would print it and exit 1.
 */
export async function cliInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  const runEnv = { ...process.env, LOG_LEVEL: 'warn', ARXIVIST_DATA_DIR: tempDataDir(), ...env };
  testSecret(...secretsOf(runEnv));
  let stdout = '';
  let stderr = '';
  let ended = false;
  const running = runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: runEnv,
  });
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  watchForSecrets(`arxivist ${args.join(' ')}`.slice(0, 80), () => stdout + stderr, { settled, ended: () => ended });
  try {
    return { code: await running, stdout, stderr };
  } finally {
    ended = true;
  }
}

/**
 * What `run` started and left running: timers that still hold the process, and worker threads
 * not ended. (process.getActiveResourcesInfo() counts the test runner's timers too.)
 */
export async function leftBehind(run: () => Promise<unknown>): Promise<string[]> {
  const alive = new Map<number, { type: string; resource: { hasRef?: () => boolean } }>();
  const hook = createHook({
    init(id, type, _trigger, resource: { hasRef?: () => boolean }) {
      if (type === 'Timeout' || type === 'WORKER') alive.set(id, { type, resource });
    },
    destroy(id) {
      alive.delete(id);
    },
  }).enable();
  try {
    await run();
  } finally {
    hook.disable();
  }
  // Destroy hooks are emitted in a batch after the current callbacks.
  await new Promise((resolve) => setImmediate(resolve));
  return [...alive.values()].filter((a) => a.type === 'WORKER' || a.resource.hasRef?.()).map((a) => a.type);
}
