import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_ENTRIES, rawPapersBy } from './helpers/fixture.js';
import { cliInProcess, leftBehind } from './helpers/cli.js';
import { ROOT, cli, run } from './helpers/run.js';
import { dataDir } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/app/config.js';

const dir = mkdtempSync(join(tmpdir(), 'arxivist-cli-'));

describe('arxivist CLI (in-process, through runCli)', () => {
  it('search --json ranks MoETuner first, with ISO dates and plain author names', async () => {
    const r = await cliInProcess(['search', 'mixture of experts', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.kind).toBe('papers');
    expect(json.papers[0].title).toMatch(/^MoETuner/);
    const moe = RAW_ENTRIES.find((e) => e.title.startsWith('MoETuner'));
    expect(json.papers[0]).toMatchObject({
      authors: moe?.authors,
      submitted: moe?.submitted,
      updated: moe?.updated,
      announced: moe?.announced,
    });
    expect(typeof json.papers[0].score).toBe('number');
  });

  it('author --json gives Dhruv Mahajan 10 papers and ranked coauthors', async () => {
    const r = await cliInProcess(['author', 'Dhruv Mahajan', '--json']);
    expect(r.code).toBe(0);
    const { author } = JSON.parse(r.stdout);
    expect(author.name).toBe('Dhruv Mahajan');
    expect(author.paperCount).toBe(10);
    expect(new Set(author.papers.map((p: { title: string }) => p.title))).toEqual(
      new Set(rawPapersBy('Dhruv Mahajan').map((e) => e.title)),
    );
    expect(author.coauthors[0]).toEqual({ name: 'Abhimanyu Dubey', count: 6 });
  });

  it('gives candidates for an ambiguous name', async () => {
    const r = await cliInProcess(['author', 'Mahajan', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).candidates).toHaveLength(9);
  });

  it('exits 1 with an error object when the reply is an error', async () => {
    const r = await cliInProcess(['author', 'Nobody Atall', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.message).toMatch(/No author named "Nobody Atall"/);
    const empty = await cliInProcess(['search', '--json']);
    expect(empty.code).toBe(1);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cliInProcess(['frobnicate'])).code).toBe(2);
    expect((await cliInProcess([])).code).toBe(2);
    const missing = await cliInProcess(['search', 'x', '--listing', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.txt: cannot read it/);
  });

  it('prints text without --json', async () => {
    const r = await cliInProcess(['latest', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Latest papers \(50 in the listing\)/);
  });

  it('parse --json prints papers and problems with line numbers', async () => {
    const file = join(dir, 'broken.txt');
    const good =
      '-\nGood Paper\nAuthors:\nAna Example\nAbstract:\nText.\nSubmitted 3 February, 2025;\noriginally announced February 2025.';
    writeFileSync(file, `${good}\n-\nBroken Paper\nAbstract:\nNo authors.\n`);
    const r = await cliInProcess(['parse', file, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.papers.map((p: { title: string }) => p.title)).toEqual(['Good Paper']);
    expect(json.papers[0]).toMatchObject({ abstract: 'Text.', categories: [], submitted: '2025-02-03' });
    expect(json.problems).toEqual([{ line: 10, message: expect.stringMatching(/Broken Paper/) }]);
    const ok = await cliInProcess(['parse', 'fixtures/mahajan.txt', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).papers).toHaveLength(50);
  });

  it('parse reads several pages of one search as one listing, each paper once, with every field of the contract', async () => {
    const r = await cliInProcess([
      'parse',
      'fixtures/listings/search-default.txt',
      'fixtures/listings/search-saved.html',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // MoETuner and the DOI paper are on both pages: five distinct papers; the saved page's v2 wins.
    expect(json.papers.map((p: { id: string }) => p.id).sort()).toEqual([
      '2409.12959',
      '2502.06643',
      '2512.11918',
      '2602.17997',
      'hep-th/9901001',
    ]);
    const doiPaper = json.papers.find((p: { id: string }) => p.id === '2512.11918');
    expect(doiPaper).toMatchObject({ version: 2, updated: '2026-01-03', abstractComplete: true });
    for (const p of json.papers) {
      for (const field of [
        'id',
        'arxivId',
        'title',
        'authors',
        'hiddenAuthorCount',
        'submitted',
        'updated',
        'announced',
        'categories',
        'comments',
        'journalRef',
        'doi',
        'abstract',
        'abstractComplete',
      ]) {
        expect(p, field).toHaveProperty(field);
      }
    }
    const fixture = JSON.parse((await cliInProcess(['parse', 'fixtures/mahajan.txt', '--json'])).stdout);
    expect(fixture.papers[0]).toMatchObject({ arxivId: null, doi: null, comments: null, journalRef: null });
  });

  it('reads another listing from --listing or ARXIVIST_LISTING', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(
      file,
      '-\nOnly Paper Here\nAuthors:\nAna Example\nAbstract:\nText.\nSubmitted 3 February, 2025;\noriginally announced February 2025.\n',
    );
    const a = await cliInProcess(['latest', '--json', '--listing', file]);
    expect(JSON.parse(a.stdout).papers.map((p: { title: string }) => p.title)).toEqual(['Only Paper Here']);
    const b = await cliInProcess(['stats', '--json'], { ARXIVIST_LISTING: file });
    expect(JSON.parse(b.stdout).stats.papers).toBe(1);
  });

  it('reads its own options wherever they stand and leaves the command its own (--limit 2)', async () => {
    const limited = await cliInProcess(['search', '--limit', '2', 'experts', '--json']);
    expect(limited.code).toBe(0);
    const json = JSON.parse(limited.stdout);
    expect(json.total).toBeGreaterThan(2);
    expect(json.papers).toHaveLength(2);
    const file = join(dir, 'inline.txt');
    writeFileSync(
      file,
      '-\nInline Option Paper\nAuthors:\nAna Example\nAbstract:\nText.\nSubmitted 3 February, 2025;\noriginally announced February 2025.\n',
    );
    const inline = await cliInProcess(['--json', 'latest', `--listing=${file}`]);
    expect(JSON.parse(inline.stdout).papers.map((p: { title: string }) => p.title)).toEqual(['Inline Option Paper']);
    for (const help of ['--help', '-h']) {
      const r = await cliInProcess(['search', 'x', help]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: arxivist <command> \[arguments\.\.\.\] \[--json\] \[--listing FILE\]\n/);
    }
  });

  it('says what is wrong with an option, with exit 2', async () => {
    const usage = async (args: string[]) => {
      const r = await cliInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/\n\nUsage: arxivist /);
      return r.stderr.split('\n')[0];
    };
    expect(await usage(['search', 'x', '--listing'])).toBe('arxivist: --listing needs a file path');
    expect(await usage(['search', 'x', '--listing', '--json'])).toBe('arxivist: --listing needs a file path');
    expect(await usage(['digest', 'run', '--deadline', 'soon'])).toBe(
      'arxivist: --deadline needs a number of seconds, like 600 (got "soon")',
    );
    expect(await usage(['digest', 'run', '--deadline'])).toBe(
      'arxivist: --deadline needs a number of seconds, like 600 (got "")',
    );
    expect(await usage(['digest', 'run', '--now=yesterday'])).toBe(
      'arxivist: --now needs an ISO date and time, like 2026-11-28T09:00:00Z (got "yesterday")',
    );
    expect(await usage(['digest', 'run', 'tomorrow'])).toBe('arxivist: digest run: unexpected "tomorrow"');
    expect(await usage(['digest', 'run', '--force'])).toBe('arxivist: digest run: unexpected "--force"');
    expect(await usage(['subscribe', 'daily'])).toBe(
      'arxivist: /subscribe works in a chat (Telegram, Discord, or the console chat of npm start); for digests, from here use "arxivist digest run" or "arxivist subscriptions"',
    );
    expect(await usage(['frobnicate'])).toBe('arxivist: unknown command "frobnicate"');
    expect(await usage([])).toBe('arxivist: no command given');
  });

  it('leaves nothing open behind: the database closed, no timer holding the process, no worker', async () => {
    const data = mkdtempSync(join(dir, 'data-'));
    const left = await leftBehind(async () => {
      const r = await cliInProcess(['digest', 'run', '--json', '--listing', 'fixtures/listings'], {
        ARXIVIST_DATA_DIR: data,
      });
      expect(r.code).toBe(0);
      expect((await cliInProcess(['subscriptions'], { ARXIVIST_DATA_DIR: data })).stdout).toBe('No subscriptions.\n');
      expect((await cliInProcess(['stats', '--listing', 'fixtures/listings/search-default.txt'])).code).toBe(0);
    });
    expect(left).toEqual([]);
    // SQLite removes a WAL database's -wal and -shm files when its last connection closes.
    expect(readdirSync(data)).toEqual(['arxivist.db']);
  });
});

describe('arxivist CLI (subprocess, through bin/arxivist.js)', () => {
  it('exits with the code of the reply and prints it as a user sees it', async () => {
    const r = await cli(['author', 'Nobody Atall', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).error.message).toMatch(/No author named "Nobody Atall"/);
  });

  it('runs from any folder through the links that npm i -g . (or npm link) makes, with the bundled listing', async () => {
    // npm's layout: PREFIX/lib/node_modules/arxivist -> the project, PREFIX/bin/arxivist -> its bin.
    const prefix = mkdtempSync(join(tmpdir(), 'arxivist-global-'));
    mkdirSync(join(prefix, 'lib', 'node_modules'), { recursive: true });
    mkdirSync(join(prefix, 'bin'));
    symlinkSync(ROOT, join(prefix, 'lib', 'node_modules', 'arxivist'));
    symlinkSync('../lib/node_modules/arxivist/bin/arxivist.js', join(prefix, 'bin', 'arxivist'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'arxivist-elsewhere-'));
    const r = await run(join(prefix, 'bin', 'arxivist'), ['ask', 'who wrote Pimba?'], {
      cwd: elsewhere,
      env: {
        PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
        ARXIVIST_LISTING: undefined,
        ARXIVIST_ARXIV_QUERY: undefined,
      },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba:'));
    const said = r.stdout.replace(/\s+/g, ' ');
    expect(pimba?.authors.length).toBe(11);
    for (const name of pimba?.authors ?? []) expect(said).toContain(name);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("keeps its data in the project's data folder wherever it runs, unless ARXIVIST_DATA_DIR says otherwise", () => {
    expect(dataDir(loadConfig({}))).toBe(join(ROOT, 'data'));
    expect(dataDir(loadConfig({ ARXIVIST_DATA_DIR: '/srv/arxivist' }))).toBe('/srv/arxivist');
  });

  it('parse ends quietly when its reader closes the pipe', async () => {
    const r = await run('sh', [
      '-c',
      `"${process.execPath}" bin/arxivist.js parse fixtures/listings/mahajan-default-view.txt --json | head -c 100`,
    ]);
    expect(Buffer.byteLength(r.stdout)).toBe(100);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
