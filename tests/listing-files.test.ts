// A listing folder with one good file beside hostile ones, read as a user runs arxivist: the CLI
// with its `digest run` (in this process, through runCli) and `npm start` (through runMain) serve the good file's
// papers and report the others as located problems, never a stack trace. (How long a worker
// takes is measured in bench/, not here.)
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ListingReloader } from '../src/reload/listing-reloader.js';
import { ConfigError } from '../src/base/errors.js';
import { loadListing } from '../src/listing/load-listing.js';
import { ListingWorker } from '../src/listing/parse-in-worker.js';
import { captureLog } from './helpers/digest-env.js';
import { cliInProcess } from './helpers/cli.js';
import { mainInProcess } from './helpers/main.js';
import { tempDataDir } from './helpers/run.js';

const dir = mkdtempSync(join(tmpdir(), 'arxivist-files-'));
const LISTINGS = join('fixtures', 'listings');

/** The five papers of search-default.txt, counted by hand; the saved page holds two of them. */
const GOOD_IDS = ['2409.12959', '2502.06643', '2512.11918', '2602.17997', 'hep-th/9901001'];

/** The saved page with 16,000 nested spans in its first abstract: deeper than a reader should go. */
function deepPage(): string {
  const page = readFileSync(join(LISTINGS, 'search-saved.html'), 'utf8');
  const at = page.indexOf('>', page.indexOf('class="abstract-full')) + 1;
  return `${page.slice(0, at)}${'<span>'.repeat(16_000)}deep${'</span>'.repeat(16_000)}${page.slice(at)}`;
}

/** 65 MB of nothing (a sparse file): over the size a listing file may have. */
function hugeFile(path: string): string {
  writeFileSync(path, '');
  truncateSync(path, 65 * 1024 * 1024);
  return path;
}

/** good.txt (the five papers), hostile.html (two of them, nested too deep), huge.txt (65 MB). */
function hostileFolder(): string {
  const folder = mkdtempSync(join(dir, 'listing-'));
  copyFileSync(join(LISTINGS, 'search-default.txt'), join(folder, 'good.txt'));
  writeFileSync(join(folder, 'hostile.html'), deepPage());
  hugeFile(join(folder, 'huge.txt'));
  return folder;
}

const STACK_TRACE = /^\s+at |RangeError|Maximum call stack/m;
const TOO_BIG = /huge\.txt.*the file has 65\.0 MB, more than the 64\.0 MB a listing file may have/;

describe('a listing folder with hostile files', () => {
  it('the CLI serves the good papers and logs a located problem for each hostile file (exit 0)', async () => {
    const folder = hostileFolder();
    const r = await cliInProcess(['stats', '--json', '--listing', folder]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats.papers).toBe(GOOD_IDS.length);
    const problems = r.stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { file: string; line: number; msg: string });
    expect(problems.find((p) => p.file.endsWith('hostile.html'))).toMatchObject({ line: expect.any(Number) });
    expect(problems.find((p) => p.file.endsWith('huge.txt'))).toMatchObject({
      line: 1,
      msg: expect.stringMatching(/the file has 65\.0 MB, more than the 64\.0 MB/),
    });
  });

  it('arxivist parse lists the good papers and a problem under each hostile file, without a stack trace', async () => {
    const folder = hostileFolder();
    const r = await cliInProcess(['parse', folder, '--json']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { papers: { id: string }[]; problems: { file: string; line: number }[] };
    expect(json.papers.map((p) => p.id).sort()).toEqual(GOOD_IDS);
    expect(json.problems.some((p) => p.file.endsWith('hostile.html') && p.line > 0)).toBe(true);
    expect(json.problems).toContainEqual({ file: join(folder, 'huge.txt'), line: 1, message: expect.any(String) });
    const text = await cliInProcess(['parse', folder]);
    expect(text.stdout).toMatch(/good\.txt: 5 papers, 0 problems/);
    expect(text.stdout).toMatch(/huge\.txt: 0 papers, 1 problem\n {2}line 1: the file has 65\.0 MB/);
  });

  it('npm start serves the good papers in the console and logs the problems', async () => {
    const folder = hostileFolder();
    const r = await mainInProcess({ input: '/stats\n/search MoETuner\n', env: { ARXIVIST_LISTING: folder } });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 papers by /);
    expect(r.stdout).toMatch(/1\. MoETuner/);
    expect(r.stderr).toMatch(/hostile\.html/);
    expect(r.stderr).toMatch(TOO_BIG);
  });

  it('npm start stops with one line naming ARXIVIST_LISTING when no file yields a paper (exit 2)', async () => {
    const huge = hugeFile(join(dir, 'alone.txt'));
    const r = await mainInProcess({ env: { ARXIVIST_LISTING: huge } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `arxivist: ARXIVIST_LISTING: listing ${huge}: no paper could be read; line 1: the file has 65.0 MB, more than the 64.0 MB a listing file may have, so the file is skipped\n`,
    );
  });

  it('digest run registers the good papers and logs the problems (exit 0)', async () => {
    const folder = hostileFolder();
    const r = await cliInProcess(['digest', 'run', '--json', '--listing', folder], {
      ARXIVIST_DATA_DIR: tempDataDir(),
    });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ due: 0, newPapers: GOOD_IDS.length });
    expect(r.stderr).toMatch(/hostile\.html/);
    expect(r.stderr).toMatch(TOO_BIG);
  });
});

describe('reading a listing in a worker', () => {
  it('a page nested too deep is a problem of that file; the others still load', async () => {
    const folder = mkdtempSync(join(dir, 'deep-'));
    copyFileSync(join(LISTINGS, 'search-default.txt'), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'hostile.html'), deepPage());
    const listing = await loadListing(folder);
    expect(listing.papers.map((p) => p.id).sort()).toEqual(GOOD_IDS);
    expect(listing.problems.some((p) => p.file === join(folder, 'hostile.html'))).toBe(true);
  });

  it('an empty file beside a good one is a problem of its own, no longer a refusal of the whole listing', async () => {
    const folder = mkdtempSync(join(dir, 'empty-'));
    copyFileSync(join(LISTINGS, 'search-default.txt'), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '\n');
    const listing = await loadListing(folder);
    expect(listing.papers).toHaveLength(GOOD_IDS.length);
    expect(listing.problems).toEqual([{ file: join(folder, 'empty.txt'), line: 1, message: 'the file is empty' }]);
  });

  it('reading stops at the deadline: the file is named, and the program stops when nothing else is left', async () => {
    const file = join(dir, 'slow.txt');
    copyFileSync(join(LISTINGS, 'search-default.txt'), file);
    const err = await loadListing(file, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(
      `listing ${file}: no paper could be read; line 1: reading stopped after 0.001 s, so the file is skipped`,
    );
  });

  it('a reload reads in the worker too: a hostile file added to the folder is logged, the papers stay', async () => {
    const folder = mkdtempSync(join(dir, 'reload-'));
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(LISTINGS, 'search-default.txt'), join(folder, 'good.txt'));
    const log = captureLog();
    const reloader = await ListingReloader.open({ file: folder, log });
    writeFileSync(join(folder, 'hostile.html'), deepPage());
    hugeFile(join(folder, 'huge.txt'));
    expect(await reloader.reload('test')).toBe(true);
    expect(reloader.live.current.size).toBe(GOOD_IDS.length);
    const warned = log.lines.filter((l) => l.level === 'warn').map((l) => (l.obj as { file: string }).file);
    expect(warned).toEqual(expect.arrayContaining([join(folder, 'hostile.html'), join(folder, 'huge.txt')]));
  });
});

describe('the listing worker', () => {
  const scripts = mkdtempSync(join(dir, 'workers-'));
  /** A worker module that misbehaves as `body` says. */
  function script(name: string, body: string): URL {
    const file = join(scripts, `${name}.cjs`);
    writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
    return pathToFileURL(file);
  }

  it('a worker that ends without answering gives a problem, and the next text gets a fresh worker', async () => {
    const worker = new ListingWorker({
      timeoutMs: 20_000,
      heapMb: 256,
      script: script('exits', "parentPort.on('message', () => process.exit(3));"),
    });
    // Were the ended worker kept, the second text would wait for the deadline instead.
    expect(await worker.parse('one')).toEqual({ problem: 'the reader stopped before it was done (exit code 3)' });
    expect(await worker.parse('two')).toEqual({ problem: 'the reader stopped before it was done (exit code 3)' });
    await worker.close();
  });

  it('a worker that throws, never answers or runs out of memory gives a problem, never a rejection', async () => {
    const broken = new ListingWorker({
      timeoutMs: 20_000,
      heapMb: 256,
      script: script('throws', "throw new Error('broken reader');"),
    });
    expect(await broken.parse('text')).toEqual({ problem: 'the reader failed (broken reader)' });
    const silent = new ListingWorker({
      timeoutMs: 50,
      heapMb: 256,
      script: script('silent', "parentPort.on('message', () => {});"),
    });
    expect(await silent.parse('text')).toEqual({ problem: 'reading stopped after 0.05 s' });
    const greedy = new ListingWorker({
      timeoutMs: 20_000,
      heapMb: 32,
      script: script(
        'greedy',
        "parentPort.on('message', () => { const all = []; for (;;) all.push(new Array(100_000).fill(1)); });",
      ),
    });
    expect(await greedy.parse('text')).toEqual({
      problem: "reading stopped: it needed more than the reader's 32 MB of memory",
    });
    await Promise.all([broken.close(), silent.close(), greedy.close()]);
  });

  it('what the parser throws is a problem of that text; the next text is read', async () => {
    const worker = new ListingWorker({
      timeoutMs: 20_000,
      heapMb: 256,
      script: script(
        'parser',
        `const recurse = (i) => recurse(i + 1) + 1;
        parentPort.on('message', (text) => {
          try {
            if (text === 'deep') recurse(0);
            parentPort.postMessage({ listing: { papers: [], problems: [], notices: [text] } });
          } catch (err) {
            parentPort.postMessage({ failed: { name: err.name, message: err.message } });
          }
        });`,
      ),
    });
    expect(await worker.parse('deep')).toEqual({ problem: 'too deeply nested to read (the reader ran out of stack)' });
    expect(await worker.parse('next')).toEqual({ listing: { papers: [], problems: [], notices: ['next'] } });
    await worker.close();
  });
});
