// npm run bench [-- --quick]: measures the core on the fixture and the start-up of `npm start`,
// prints a table, and writes bench/results/latest.json and bench/RESULTS.md. Never asserts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseListing } from '../src/listing/listing-parser.js';
import { ask } from '../src/ask/ask.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { ROOT } from '../src/paths.js';

const quick = process.argv.includes('--quick');
const FIXTURE = join(ROOT, 'fixtures', 'mahajan.txt');

/** A measured figure. */
interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] as number;
}

function timeRepeated(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const QUERIES = [
  'mixture of experts', 'recomendation', 'stragglers', 'MoE', 'PIM', 'large language models',
  '"language models" -llama', 'author:"Divya Mahajan" year:2024', 'transfor', 'causal', 'Divya Mahajan',
  'pulse oximetry', 'diffusion after:2023-01', 'hardware accelerator training', 'zzzz',
];

const QUESTIONS = [
  'How many papers has Divya Mahajan written in 2025?', 'Who wrote Pimba?', 'Who collaborates most with Dhruv Mahajan?',
  'When was EarthSight first submitted?', 'Which papers are about recommendation?', 'What is the most recent paper on diffusion?',
  'How many authors does the Llama 3 paper have?', 'Compare Divya Mahajan and Dhruv Mahajan', 'What is the capital of France?',
  'Did Divya Mahajan and Irene Wang write together?', 'papers per year', 'mixture of experts',
];

async function startupToPrompt(): Promise<number> {
  // Time from spawning `npm start`'s command until the first reply to /stats is printed: start-up
  // plus one tiny command, as a user would feel it.
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LOG_LEVEL: 'silent', ARXIVIST_DATA_DIR: mkdtempSync(join(tmpdir(), 'arxivist-bench-')) };
    const child = spawn(process.execPath, ['src/start.mjs'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.once('data', () => {
      resolve(performance.now() - started);
      child.stdin.end();
    });
    child.on('error', reject);
    child.stdin.write('/stats\n');
  });
}

/** Runs a bench script in a child process and parses the JSON line it prints. */
function child(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() as string)) : reject(new Error(`bench: ${args.join(' ')} exited ${code}`))));
  });
}

/** The issue's goals against this run's figures, as Markdown lines. */
function goals(rows: Row[], scale: Record<string, unknown>[]): string[] {
  const row = (name: string) => rows.find((r) => r.name === name)?.value ?? NaN;
  const big = scale.find((r) => r['engine'] === 'ours' && Number(r['papers']) >= 99_000);
  if (!big) return [];
  const q = big['query'] as { p99: number };
  const line = (goal: string, measured: string, met: boolean) => `| ${goal} | ${measured} | ${met ? 'met' : '**not met**'} |`;
  const build = Number(big['buildMs']);
  const load = Number(big['loadMs']);
  return [
    '## Goals (issue 7)',
    '',
    '| goal | measured | |',
    '| --- | ---: | --- |',
    line('100k papers: search p99 at most 50 ms', `${q.p99.toFixed(1)} ms`, q.p99 <= 50),
    line('100k papers: every typo query finds its paper', `${big['typosFound']}/${big['typos']}`, big['typosFound'] === big['typos']),
    line('100k papers: build at most 20 s, or load a saved index in at most 3 s', `build ${(build / 1000).toFixed(1)} s, load ${(load / 1000).toFixed(1)} s`, build <= 20_000 || load <= 3000),
    line('100k papers: heap at most 600 MB', `${big['heapMB']} MB`, Number(big['heapMB']) <= 600),
    line('100k papers: no event-loop stall over 100 ms while a new listing is indexed', `parse ${big['parseStallMs']} ms, build ${big['maxStallMs']} ms`, Number(big['maxStallMs']) <= 100 && Number(big['parseStallMs']) <= 100),
    line('fixture: parse plus index at most 20 ms', `${row('fixture: parse + index (median)').toFixed(1)} ms`, row('fixture: parse + index (median)') <= 20),
    line('fixture: search p99 at most 1 ms', `${row('fixture: search p99').toFixed(2)} ms`, row('fixture: search p99') <= 1),
    line('fixture: ask p99 at most 5 ms', `${row('fixture: ask p99').toFixed(2)} ms`, row('fixture: ask p99') <= 5),
    line('fixture: start-up to the console prompt at most 500 ms', `${row('start-up to first console reply (median)').toFixed(0)} ms`, row('start-up to first console reply (median)') <= 500),
    '',
  ];
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const text = readFileSync(FIXTURE, 'utf8');
  const runs = quick ? 5 : 100;

  // Warm up once so the figures are of steady state, then measure.
  PaperIndex.of(parseListing(text).papers);
  const parse = timeRepeated(runs, () => parseListing(text));
  const papers = parseListing(text).papers;
  const build = timeRepeated(runs, () => PaperIndex.of(papers));
  const both = timeRepeated(runs, () => PaperIndex.of(parseListing(text).papers));
  rows.push({ name: 'fixture: parse (median)', value: percentile(parse, 50), unit: 'ms' });
  rows.push({ name: 'fixture: index build (median)', value: percentile(build, 50), unit: 'ms' });
  rows.push({ name: 'fixture: parse + index (median)', value: percentile(both, 50), unit: 'ms' });

  const index = PaperIndex.of(papers);
  const rounds = quick ? 20 : 200;
  // The 300 indexes just built are garbage; collect it now so the latencies below are those of
  // the searches (and of the garbage they make), not of the build benchmark before them.
  (globalThis as { gc?: () => void }).gc?.();
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      index.search(q);
      latencies.push(performance.now() - t);
    }
  }
  latencies.sort((a, b) => a - b);
  rows.push({ name: 'fixture: search p50', value: percentile(latencies, 50), unit: 'ms', note: `${QUERIES.length} queries x ${rounds}` });
  rows.push({ name: 'fixture: search p99', value: percentile(latencies, 99), unit: 'ms' });

  (globalThis as { gc?: () => void }).gc?.();
  const askTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUESTIONS) {
      const t = performance.now();
      ask(index, q);
      askTimes.push(performance.now() - t);
    }
  }
  askTimes.sort((a, b) => a - b);
  rows.push({ name: 'fixture: ask p50', value: percentile(askTimes, 50), unit: 'ms', note: `${QUESTIONS.length} questions x ${rounds}` });
  rows.push({ name: 'fixture: ask p99', value: percentile(askTimes, 99), unit: 'ms' });

  const starts: number[] = [];
  // The first start after a source change bundles the sources; that one is not timed.
  await startupToPrompt();
  for (let i = 0; i < (quick ? 1 : 5); i++) starts.push(await startupToPrompt());
  starts.sort((a, b) => a - b);
  rows.push({ name: 'start-up to first console reply (median)', value: percentile(starts, 50), unit: 'ms', note: 'npm start (node src/start.mjs, bundled sources), /stats' });

  // Core at scale, each size and engine in its own process so heap and RSS are its own.
  const sizes = quick ? [1000] : [1000, 10_000, 100_000];
  const scale: Record<string, unknown>[] = [];
  for (const size of sizes) {
    for (const engine of ['ours', 'minisearch-naive', 'linear-scan']) {
      const r = await child(['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/scale.ts', String(size), engine]);
      scale.push(r);
      const q = r['query'] as { p50: number; p99: number };
      const saved = r['savedMB'] !== undefined ? `  saved ${r['savedMB']} MB, load ${r['loadMs']} ms` : '';
      console.log(`scale ${String(size).padStart(6)} ${engine.padEnd(16)} build ${String(r['buildMs']).padStart(7)} ms  heap ${String(r['heapMB']).padStart(5)} MB  rss ${String(r['rssMB']).padStart(5)} MB  query p50 ${q.p50.toFixed(2)} p99 ${q.p99.toFixed(2)} ms  typos ${r['typosFound']}/${r['typos']}${r['maxStallMs'] !== undefined ? `  max stall ${r['maxStallMs']} ms` : ''}${saved}`);
    }
  }

  // End to end through the real platform libraries and the fake servers.
  const { telegramE2e, discordE2e } = await import('./e2e.js');
  const e2eCommands = quick ? 100 : 1000;
  const e2eUsers = quick ? 10 : 50;
  const telegram = await telegramE2e(e2eCommands, e2eUsers);
  const discord = await discordE2e(e2eCommands, e2eUsers);
  rows.push({ name: `telegram e2e p50 (${e2eCommands} commands, ${e2eUsers} users)`, value: telegram.p50, unit: 'ms' });
  rows.push({ name: 'telegram e2e p99', value: telegram.p99, unit: 'ms' });
  rows.push({ name: `discord e2e p50 (${e2eCommands} commands, ${e2eUsers} users)`, value: discord.p50, unit: 'ms' });
  rows.push({ name: 'discord e2e p99', value: discord.p99, unit: 'ms' });

  // Digest fan-out with Telegram's flood limits on.
  const { fanout } = await import('./fanout.js');
  const fan = await fanout(quick ? 60 : 10_000);
  rows.push({ name: `digest fan-out: ${fan.subscriptions} subscriptions`, value: fan.totalMs, unit: 'ms', note: `${fan.perSecond} msg/s; ceiling ${fan.ceilingMs} ms at 30 msg/s; ${fan.duplicates} duplicates, ${fan.missing} missing, ${fan.floodRefusals} 429s` });

  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const result = { date: new Date().toISOString(), node: process.version, machine, quick, rows, scale, telegram, discord, fanout: fan };
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(3).padStart(10)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);

  if (!quick) {
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    const md = [
      '# Benchmark results',
      '',
      `Measured ${result.date.slice(0, 10)} on ${machine}, Node ${process.version}, by \`npm run bench\`.`,
      '',
      '| measure | value | note |',
      '| --- | ---: | --- |',
      ...rows.map((r) => `| ${r.name} | ${r.value.toFixed(3)} ${r.unit} | ${r.note ?? ''} |`),
      '',
      ...goals(rows, scale),
      '## Search at scale (synthetic listings, seeded from the fixture)',
      '',
      'Each size and engine runs in its own process; queries are the fixed set of bench/scale.ts (single words, phrases, prefixes, typos, names, several words), one untimed round, then timed rounds. Stalls are the longest event-loop delay while the listing is parsed in batches and while the index is built in batches, as a running bot does on a reload.',
      '',
      '| papers | engine | build ms | heap MB | RSS MB | query p50 ms | query p99 ms | typo queries found | max stall: parse / build ms |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...scale.map((r) => {
        const q = r['query'] as { p50: number; p99: number };
        const stall = r['maxStallMs'] !== undefined ? `${r['parseStallMs']} / ${r['maxStallMs']}` : '';
        return `| ${r['papers']} | ${r['engine']} | ${r['buildMs']} | ${r['heapMB']} | ${r['rssMB']} | ${q.p50.toFixed(2)} | ${q.p99.toFixed(2)} | ${r['typosFound']}/${r['typos']} | ${stall} |`;
      }),
      '',
      'Ours relative to each baseline (below 1 is better for us):',
      '',
      '| papers | baseline | build | heap | query p50 | query p99 |',
      '| ---: | --- | ---: | ---: | ---: | ---: |',
      ...sizes.flatMap((size) => {
        const ours = scale.find((r) => r['papers'] !== undefined && r['engine'] === 'ours' && Math.abs(Number(r['papers']) - size) < size * 0.01);
        return ['minisearch-naive', 'linear-scan'].map((engine) => {
          const other = scale.find((r) => r['engine'] === engine && Math.abs(Number(r['papers']) - size) < size * 0.01);
          if (!ours || !other) return `| ${size} | ${engine} | | | | |`;
          const ratio = (a: unknown, b: unknown) => (Number(b) > 0 ? (Number(a) / Number(b)).toFixed(2) : '');
          const oq = ours['query'] as { p50: number; p99: number };
          const bq = other['query'] as { p50: number; p99: number };
          return `| ${size} | ${engine} | ${ratio(ours['buildMs'], other['buildMs'])} | ${ratio(ours['heapMB'], other['heapMB'])} | ${ratio(oq.p50, bq.p50)} | ${ratio(oq.p99, bq.p99)} |`;
        });
      }),
      '',
      '## Saved index (ours): size, and loading it against building it',
      '',
      '| papers | saved MB | save ms | load ms | build ms | load / build | max stall while loading ms | loaded index answers the same |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...scale.filter((r) => r['engine'] === 'ours').map((r) =>
        `| ${r['papers']} | ${r['savedMB']} | ${r['saveMs']} | ${r['loadMs']} | ${r['buildMs']} | ${(Number(r['loadMs']) / Number(r['buildMs'])).toFixed(2)} | ${r['loadStallMs']} | ${r['loadedAnswersSame'] ? 'yes' : 'NO'} |`),
      '',
    ].join('\n');
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), md);
    console.log('\nwrote bench/results/latest.json and bench/RESULTS.md');
  }
}

await main();
