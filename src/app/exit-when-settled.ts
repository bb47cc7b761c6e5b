/**
 * Ends the process with the code `command` settles with. Should the event loop empty first (a
 * promise that can never settle), the process ends with 1 and says so: never a silent success.
 */
export function exitWhenSettled(command: Promise<number>): void {
  let settled = false;
  process.once('beforeExit', () => {
    if (settled) return;
    process.stderr.write('arxivist: the command stopped before it finished (an internal error)\n');
    process.exitCode = 1;
  });
  void command.then((code) => {
    settled = true;
    process.exitCode = code;
  });
}
