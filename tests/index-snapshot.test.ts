import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IndexCache } from '../src/core/index-cache.js';
import { decodeSnapshot, encodeSnapshot } from '../src/core/index-snapshot.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { fixtureIndex } from './helpers/fixture.js';

const built = fixtureIndex();
const papers = built.papers;
const QUERIES = ['mixture of experts', 'recomendation', '"language models"', 'transfor', 'author:"Divya Mahajan" memory', 'moe', '-training accelerator', 'year:2023'];
const answers = (index: PaperIndex) => QUERIES.map((q) => {
  const r = index.search(q);
  return { q, notes: r.notes, hits: r.hits.map((h) => [h.paper.id, h.score, [...h.terms].sort(), h.snippet]) };
});
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'arxivist-index-'));
  dirs.push(d);
  return d;
};
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const log = () => {
  const lines: { level: string; msg: string | undefined; obj: object }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => { lines.push({ level, msg, obj }); };
  return { lines, warn: at('warn'), info: at('info'), error: at('error') };
};

describe('index snapshot', () => {
  it('restores an index that answers exactly as the built one', async () => {
    const restored = await PaperIndex.fromSnapshot(papers, decodeSnapshot(encodeSnapshot(built.snapshot('h'))));
    expect(answers(restored)).toEqual(answers(built));
    expect(restored.stats()).toEqual(built.stats());
    expect(restored.newest.map((p) => p.id)).toEqual(built.newest.map((p) => p.id));
    expect(restored.revised.map((p) => p.id)).toEqual(built.revised.map((p) => p.id));
    expect(restored.authors.card(restored.authors.get('Divya Mahajan')!)).toEqual(built.authors.card(built.authors.get('Divya Mahajan')!));
    expect(restored.findPaper('MoETuner')).toEqual(built.findPaper('MoETuner'));
  });

  it('refuses a snapshot of other papers, a truncated file and another format', async () => {
    const saved = encodeSnapshot(built.snapshot('h'));
    await expect(PaperIndex.fromSnapshot(papers.slice(1), decodeSnapshot(saved))).rejects.toThrow(/other papers/);
    expect(() => decodeSnapshot(saved.subarray(0, saved.length - 100))).toThrow(/truncated/);
    expect(() => decodeSnapshot(Buffer.from('hello\nworld\n'))).toThrow(/not a version 1 snapshot/);
    const damaged = Buffer.from(saved);
    // Point every posting at a paper that does not exist.
    const [view] = decodeSnapshot(damaged).postings.docs;
    view?.fill(1_000_000);
    await expect(PaperIndex.fromSnapshot(papers, decodeSnapshot(damaged))).rejects.toThrow(/do not fit together/);
  });
});

describe('IndexCache', () => {
  it('saves a large listing once, loads it next time, and rebuilds a damaged file', async () => {
    const dir = tempDir();
    const l = log();
    const cache = new IndexCache(dir, l, 10);
    const first = await cache.index(papers, 'abc');
    expect(first.origin).toBe('built');
    expect(readdirSync(dir)).toEqual(['abc.index']);
    const second = await cache.index(papers, 'abc');
    expect(second.origin).toBe('loaded');
    expect(answers(second.index)).toEqual(answers(built));

    writeFileSync(join(dir, 'abc.index'), readFileSync(join(dir, 'abc.index')).subarray(0, 500));
    const third = await cache.index(papers, 'abc');
    expect(third.origin).toBe('built');
    expect(l.lines.some((x) => x.level === 'warn' && /cannot use the saved index/.test(x.msg ?? ''))).toBe(true);
    expect((await cache.index(papers, 'abc')).origin).toBe('loaded');

    // A new listing text replaces the old file.
    const fewer = parseListing(readFileSync('fixtures/mahajan.txt', 'utf8')).papers.slice(0, 20);
    expect((await cache.index(fewer, 'def')).origin).toBe('built');
    expect(readdirSync(dir)).toEqual(['def.index']);
  });

  it('saves nothing for small listings or when off, and never fails a load it cannot save', async () => {
    const dir = tempDir();
    expect((await new IndexCache(dir).index(papers, 'abc')).origin).toBe('built');
    expect(readdirSync(dir)).toEqual([]);
    expect((await new IndexCache(undefined, undefined, 1).index(papers, 'abc')).origin).toBe('built');
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const l = log();
    const r = await new IndexCache(file, l, 10).index(papers, 'abc');
    expect(r.index.size).toBe(papers.length);
    expect(l.lines.some((x) => x.level === 'warn' && /cannot save/.test(x.msg ?? ''))).toBe(true);
  });
});

describe('TermTable', () => {
  it('keeps every sequence whole across chunk boundaries, and through a save and restore', async () => {
    const { TermTable } = await import('../src/core/term-table.js');
    const big = new TermTable();
    const small = new TermTable(64);
    for (const p of papers) {
      const texts = [p.title, p.abstract, p.authors.join(' ')];
      big.addTexts(texts);
      small.addTexts(texts);
    }
    const seqs = (t: InstanceType<typeof TermTable>) => papers.map((_, n) => Array.from(t.sequence(n), (id) => t.term(id)));
    expect(seqs(small)).toEqual(seqs(big));
    const data = small.data();
    expect(data.flat.length).toBeGreaterThan(10);
    const whole = new Uint32Array(data.flat.reduce((n, piece) => n + piece.length, 0));
    let at = 0;
    for (const piece of data.flat) { whole.set(piece, at); at += piece.length; }
    for (const restored of [TermTable.fromData(data), TermTable.fromData({ ...data, flat: [whole] })]) {
      expect(seqs(restored)).toEqual(seqs(big));
      const phrase = restored.idsOf(['mixtur', 'expert']) as number[];
      expect(papers.filter((_, n) => restored.contains(n, phrase)).length).toBeGreaterThan(0);
      expect(papers.filter((_, n) => restored.contains(n, phrase)).length).toBe(papers.filter((_, n) => big.contains(n, big.idsOf(['mixtur', 'expert']) as number[])).length);
    }
  });
});

describe('Postings', () => {
  it('scores the same whether the postings sit in one piece or many', async () => {
    const { TermTable, FIELD_BREAK } = await import('../src/core/term-table.js');
    const { PostingsBuilder } = await import('../src/core/postings.js');
    const table = new TermTable();
    const one = new PostingsBuilder();
    const many = new PostingsBuilder(7);
    const fieldsOf = (n: number) => {
      const seq = table.sequence(n);
      const a = seq.indexOf(FIELD_BREAK);
      const b = seq.indexOf(FIELD_BREAK, a + 1);
      return [seq.subarray(0, a), seq.subarray(a + 1, b), seq.subarray(b + 1)];
    };
    papers.forEach((p, n) => {
      table.addTexts([p.title, p.abstract, p.authors.join(' ')]);
      one.add(fieldsOf(n));
      many.add(fieldsOf(n));
    });
    const a = one.finish(table.size, fieldsOf);
    const b = many.finish(table.size, fieldsOf);
    expect(b.data.docs.length).toBeGreaterThan(100);
    for (const words of [['mixtur', 'expert'], ['model'], ['divya', 'mahajan'], ['memori', 'train']]) {
      const query = words.map((w) => [{ term: table.id(w) as number, weight: 1 }]);
      for (const all of [true, false]) {
        const ra = a.score(query, [3, 1, 2, 0.8], all);
        const rb = b.score(query, [3, 1, 2, 0.8], all);
        expect(ra.docs.length).toBeGreaterThan(0);
        expect(Array.from(rb.docs)).toEqual(Array.from(ra.docs));
        expect(Array.from(rb.scores)).toEqual(Array.from(ra.scores));
      }
      expect(papers.map((_, n) => b.has(table.id(words[0] as string) as number, n))).toEqual(papers.map((_, n) => a.has(table.id(words[0] as string) as number, n)));
    }
    // A snapshot joins the pieces into one: the same postings again.
    const joined = (pieces: Uint32Array[]) => {
      const out = new Uint32Array(pieces.reduce((n, x) => n + x.length, 0));
      let at = 0;
      for (const x of pieces) { out.set(x, at); at += x.length; }
      return out;
    };
    const { Postings } = await import('../src/core/postings.js');
    const c = new Postings({ ...b.data, docs: [joined(b.data.docs)], freqs: [joined(b.data.freqs)] });
    const q = [[{ term: table.id('model') as number, weight: 1 }]];
    expect(Array.from(c.score(q, [3, 1, 2, 0.8], true).scores)).toEqual(Array.from(a.score(q, [3, 1, 2, 0.8], true).scores));
  });
});
