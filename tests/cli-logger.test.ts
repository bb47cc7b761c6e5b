// The CLI's log as a person at a terminal reads it (one line per event), and as scripts read it (JSON).
import { describe, expect, it } from 'vitest';
import { cliLogger } from '../src/app/cli-shared.js';
import { loadConfig } from '../src/app/config.js';

function logOnce(stderrIsTTY: boolean): string {
  const written: string[] = [];
  const io = { stdout: () => undefined, stderr: (t: string) => void written.push(t), env: {}, stderrIsTTY };
  cliLogger(loadConfig({}), io).warn({ query: 'au:Mahajan', attempt: 2 }, 'arxiv: request failed; retrying');
  return written.join('');
}

describe('the CLI log', () => {
  it('is one readable line per event on a terminal', () => {
    // eslint-disable-next-line no-control-regex -- the terminal's colour codes
    const text = logOnce(true).replace(/\x1b\[\d+m/g, '');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: arxiv: request failed; retrying .*"attempt":2/);
  });

  it('is a JSON line otherwise', () => {
    expect(JSON.parse(logOnce(false))).toMatchObject({ level: 40, msg: 'arxiv: request failed; retrying', attempt: 2 });
  });
});
