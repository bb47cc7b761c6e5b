import { PassThrough } from 'node:stream';
import { commands } from '../../commands/index.js';
import { runConsole } from '../../src/adapters/console/console-adapter.js';
import { LiveIndex } from '../../src/search/live-index.js';
import { fixtureIndex } from './fixture.js';

/** Errors the commands logged during a console session. */
export const loggedErrors: unknown[] = [];

/** Feeds lines to a real console chat over the fixture index and returns everything it printed. */
export async function consoleSession(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => {
    printed += d.toString('utf8');
  });
  const done = runConsole({
    input,
    output,
    live: new LiveIndex(fixtureIndex()),
    commands,
    interactive: false,
    log: { error: (obj) => loggedErrors.push(obj), warn: () => undefined, info: () => undefined },
  });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return printed;
}
