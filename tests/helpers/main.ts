import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { runMain } from '../../src/app/run-main.js';
import { secretsOf, testSecret, watchForSecrets } from './leaks.js';
import { type Ran, tempDataDir } from './run.js';
import { whenReady } from './instances.js';

/** The main program running in this process: what it printed so far, its output as it comes, its end. */
export interface MainRun {
  /** stdout and stderr, in the order written. */
  out: { text: string };
  stdout: () => string;
  stderr: () => string;
  /** Emits 'data' with each piece written to stderr (the log). */
  output: EventEmitter;
  /** Emit 'SIGHUP' to reload, 'SIGTERM' to stop, as a signal to the process would. */
  events: EventEmitter;
  /** Stops it, as SIGTERM does. */
  stop(): void;
  exited: Promise<number>;
}

/**
 * Starts the main program in this process through runMain, with `env` over the test process's
 * own (as a subprocess of `npm start` would inherit it), stdin fed `input` and ended.
 */
export function startMainInProcess(env: NodeJS.ProcessEnv, input = ''): MainRun {
  testSecret(...secretsOf(env));
  const out = { text: '' };
  let stdout = '';
  let stderr = '';
  const output = new EventEmitter();
  const sink = (onText: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        const text = chunk.toString();
        out.text += text;
        onText(text);
        done();
      },
    });
  const stdin = new PassThrough();
  stdin.end(input);
  const events = new EventEmitter();
  const abort = new AbortController();
  let ended = false;
  const exited = runMain({
    env,
    stdin,
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => {
      stderr += text;
      output.emit('data', text);
    }),
    events,
    signal: abort.signal,
  }).then((end) => {
    ended = true;
    return end.code;
  });
  const settled = exited.then(() => undefined);
  watchForSecrets('runMain', () => out.text, { settled, ended: () => ended });
  return { out, stdout: () => stdout, stderr: () => stderr, output, events, stop: () => abort.abort(), exited };
}

/** Runs the main program in this process as `run()` runs `npm start` (tests/helpers/run.ts): same environment and result. */
export async function mainInProcess(options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  const env = { ...process.env, LOG_LEVEL: 'warn', ARXIVIST_DATA_DIR: tempDataDir(), ...options.env };
  const started = startMainInProcess(env, options.input);
  const code = await started.exited;
  return { code, stdout: started.stdout(), stderr: started.stderr() };
}

/** A bot in this process, as startInstance starts one (tests/helpers/instances.ts): ready, with its port. */
export async function startBotInProcess(
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<MainRun & { port: number; base: string }> {
  const bot = startMainInProcess({
    ...process.env,
    ARXIVIST_DATA_DIR: tempDataDir(),
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
  });
  const port = await whenReady(bot.out, bot.output, bot.exited, timeoutMs);
  return { ...bot, port, base: `http://127.0.0.1:${port}` };
}
