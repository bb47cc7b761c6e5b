import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretsOf, testSecret, watchForSecrets } from './leaks.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The result of a finished subprocess. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project root (or `cwd`), feeding `input` to stdin, and waits for it to exit. */
export function run(
  cmd: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LOG_LEVEL: 'warn', ARXIVIST_DATA_DIR: tempDataDir(), ...options.env };
    const child = spawn(cmd, args, { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    watchOutput(`${[cmd, ...args].join(' ').slice(-80)}`, env, child, () => stdout + stderr);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh folder for a subprocess's database, so tests never share or leave state in the repo. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'arxivist-data-'));
}

/** Runs the arxivist CLI the way a user does, through bin/arxivist.js. */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return run(process.execPath, [join(ROOT, 'bin', 'arxivist.js'), ...args], { env });
}

/** The main program as `npm start` runs it, with `env`: its process, all it printed so far, and its exit. */
export function startMain(env: NodeJS.ProcessEnv): {
  child: ChildProcessByStdio<null, Readable, Readable>;
  out: { text: string };
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { text: '' };
  watchOutput('src/app/main.ts', env, child, () => out.text);
  child.stdout.on('data', (d: Buffer) => {
    out.text += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    out.text += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

/** Checks all a subprocess prints for the secrets of its environment (and the others of the test), after each test. */
function watchOutput(
  what: string,
  env: NodeJS.ProcessEnv,
  child: { exitCode: number | null; signalCode: string | null; once(event: 'close', f: () => void): unknown },
  text: () => string,
): void {
  testSecret(...secretsOf(env));
  const settled = new Promise<void>((resolve) => child.once('close', resolve));
  watchForSecrets(what, text, { settled, ended: () => child.exitCode !== null || child.signalCode !== null });
}
