import { runMain } from './run-main.js';

// Not a top-level await: while the entry module is still evaluating, Node can deadlock on the
// dynamic imports of platform adapters (seen with Node 20 and tsx).
void runMain({
  env: process.env,
  // Read only when the console chat starts: a bot leaves the process's stdin alone.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  events: process,
}).then((end) => {
  // A bot stopped by a signal or failed ends now, whatever its libraries still hold; the console
  // chat's end of input lets the process end by itself, so no output is cut.
  if (end.now) process.exit(end.code);
  process.exitCode = end.code;
});
