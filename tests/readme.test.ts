// The README shows what the program does: its Commands table has one row per declared command,
// and its sample console session is what the console chat prints for those lines, banner included.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { describeOptions } from '../src/chat/command-options.js';
import { cliInProcess } from './helpers/cli.js';
import { consoleSession } from './helpers/console.js';
import { ROOT, tempDataDir } from './helpers/run.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The lines of a section: from its heading to the next heading of any level. */
function section(heading: string): string[] {
  const lines = README.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l));
  return lines.slice(start + 1, end);
}

/** A Markdown table row's cells, with `\|` kept inside its cell. */
const cells = (row: string) =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

const SESSION = (() => {
  const lines = section('### A sample console session');
  return lines.slice(lines.indexOf('```text') + 1, lines.lastIndexOf('```'));
})();

describe('the README', () => {
  it('has one Commands row per declared command, in help order, with its options and examples', () => {
    const rows = section('## Commands')
      .filter((l) => l.startsWith('| `/'))
      .map(cells);
    expect(rows.map((r) => /^`\/(\w+)/.exec(r[0] as string)?.[1])).toEqual(commands.map((c) => c.name));
    rows.forEach((row, i) => {
      const command = commands[i];
      expect(row, row[0]).toHaveLength(3);
      const options = command ? describeOptions(command.options).map((o) => o.name) : [];
      for (const flag of (row[0] as string).matchAll(/--(\w+)/g)) expect(options, row[0]).toContain(flag[1]);
      for (const example of (row[2] as string).matchAll(/`\/(\w+)/g)) expect(example[1], row[2]).toBe(command?.name);
    });
  });

  it('shows every option and form of the CLI that its --help shows, and how to install the command', async () => {
    const help = (await cliInProcess(['--help'])).stdout;
    const cli = section('## CLI').join('\n');
    const usage = help.split('\n\n')[0]?.split('\n') ?? [];
    expect(usage.length).toBeGreaterThan(3);
    for (const line of usage) expect(cli).toContain(line.replace(/^(Usage:)? +/, ''));
    for (const [flag] of help.matchAll(/(?<![\w-])--?[a-z]+/g))
      expect(cli).toMatch(new RegExp(`(?<![\\w-])${flag}(?![\\w-])`));
    expect(cli).toContain('npm i -g .');
  });

  it('shows a console session whose every line the console chat prints for those commands', async () => {
    // Each typed line and the lines shown after it ("…" stands for lines left out).
    const turns: { typed: string; shown: string[] }[] = [];
    for (const line of SESSION.slice(1)) {
      if (line.startsWith('arxivist> ')) turns.push({ typed: line.slice('arxivist> '.length), shown: [] });
      else if (line.trim() && line.trim() !== '…') turns.at(-1)?.shown.push(line);
    }
    expect(turns.length).toBeGreaterThan(3);
    const printed = (await consoleSession(turns.map((t) => t.typed))).split('\n');
    let at = 0;
    for (const turn of turns) {
      for (const line of turn.shown) {
        const found = printed.indexOf(line, at);
        expect(found, `"${line}" after /${turn.typed}`).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
    }
  });

  // The banner shows only on a terminal: util-linux `script` gives the program one.
  const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('shows the banner `npm start` prints on a terminal', async () => {
    const child = spawn('script', ['-qec', `${process.execPath} --import tsx src/app/main.ts`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ARXIVIST_DATA_DIR: tempDataDir(), TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    const prompted = new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.includes('arxivist> ')) resolve();
      }),
    );
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await prompted;
    child.stdin.write('\x04');
    await closed;
    expect(out.split(/\r?\n/)[0]).toBe(SESSION[0]);
  });
});
