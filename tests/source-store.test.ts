// One contract for the sources and papers of both stores: SQLite always, PostgreSQL when
// ARXIVIST_TEST_DATABASE_URL is set, each run on a database (or schema) of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/app/bootstrap.js';
import type { Paper } from '../src/listing/paper.js';
import type { ChatRef } from '../src/listing/source-store.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { TestSchemas } from './helpers/pg-schemas.js';

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];

interface Kind {
  name: string;
  /** A fresh store, and how many rows its papers table holds. */
  open(): Promise<{ store: Store; paperRows: () => Promise<number> }>;
}

const schemas = new TestSchemas(PG_URL);
const KINDS: Kind[] = [
  {
    name: 'SQLite',
    async open() {
      const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'arxivist-sources-')), 'arxivist.db'));
      const paperRows = async () => (store.db.prepare('SELECT COUNT(*) AS n FROM papers').get() as { n: number }).n;
      return { store, paperRows };
    },
  },
];
if (PG_URL) {
  KINDS.push({
    name: 'PostgreSQL',
    async open() {
      const schema = schemas.next();
      const store = await PostgresStore.open({ url: PG_URL, schema, poolSize: 4 });
      const paperRows = async () => {
        const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
        await client.connect();
        const { rows } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM papers');
        await client.end();
        return Number(rows[0]?.n);
      };
      return { store, paperRows };
    },
  });
}
afterAll(() => schemas.dropAll());

const at = (iso: string) => new Date(iso);
const alice: ChatRef = { platform: 'telegram', chatId: '-100123' };
const bob: ChatRef = { platform: 'discord', chatId: '1234567890123456789012' };
const desk: ChatRef = { platform: 'console', chatId: 'console' };

const paper = (id: string, over: Partial<Paper> = {}): Paper => ({
  id,
  arxivId: id,
  title: `Paper ${id}`,
  authors: ['A. Author'],
  hiddenAuthorCount: 0,
  abstract: 'An abstract.',
  abstractRaw: 'An abstract.',
  abstractComplete: true,
  submitted: '2026-01-05',
  updated: '2026-01-05',
  announced: '2026-01',
  categories: ['cs.LG'],
  links: { abs: `https://arxiv.org/abs/${id}`, search: `https://arxiv.org/search/?query=${id}` },
  urls: [],
  line: 1,
  ...over,
});
const refresh = (iso: string) => ({ at: at(iso), problems: [] });
const idsOf = (papers: Paper[]) => papers.map((p) => p.id).sort();

describe.each(KINDS)('sources on $name', (kind) => {
  it('a source is created once per kind and key, with its first label', async () => {
    const { store } = await kind.open();
    const q = await store.ensureSource('query', 'cat:cs.lg', 'cat:cs.LG', at('2026-03-01T08:00:00Z'));
    expect(q).toEqual({
      id: q.id,
      kind: 'query',
      key: 'cat:cs.lg',
      label: 'cat:cs.LG',
      papers: 0,
      version: 0,
      problems: [],
      createdAt: at('2026-03-01T08:00:00Z'),
    });
    expect(await store.ensureSource('query', 'cat:cs.lg', 'other', at('2026-03-02T08:00:00Z'))).toEqual(q);
    const f = await store.ensureSource('file', 'cat:cs.lg', 'a file', at('2026-03-02T08:00:00Z'));
    expect(f.id).not.toBe(q.id);
    expect(await store.source(q.id)).toEqual(q);
    expect(await store.source(q.id + f.id + 1)).toBeUndefined();
    await store.close();
  });

  it('chats hold sources in the order they added them; a source no chat holds is deleted', async () => {
    const { store } = await kind.open();
    const s1 = await store.ensureSource('query', 'q1', 'Q1', at('2026-03-01T08:00:00Z'));
    const s2 = await store.ensureSource('file', 'telegram:-100123:a.txt', 'a.txt', at('2026-03-01T08:00:00Z'));
    expect(await store.linkSource(alice, s2.id, at('2026-03-01T09:00:00Z'), '42')).toBe(true);
    expect(await store.linkSource(alice, s1.id, at('2026-03-01T10:00:00Z'))).toBe(true);
    expect(await store.linkSource(alice, s1.id, at('2026-03-01T11:00:00Z'))).toBe(false);
    expect(await store.linkSource(desk, s1.id, at('2026-03-01T12:00:00Z'))).toBe(true);
    const held = await store.chatSources(alice);
    expect(held.map((s) => [s.label, s.addedAt.toISOString(), s.addedBy])).toEqual([
      ['a.txt', '2026-03-01T09:00:00.000Z', '42'],
      ['Q1', '2026-03-01T10:00:00.000Z', undefined],
    ]);
    expect(await store.chatSources(bob)).toEqual([]);
    expect(await store.countFollowedQueries()).toBe(1);
    await store.unlinkSource(alice, s1.id);
    expect((await store.chatSources(alice)).map((s) => s.label)).toEqual(['a.txt']);
    expect(await store.source(s1.id)).toMatchObject({ label: 'Q1' });
    await store.unlinkSource(alice, s2.id);
    expect(await store.source(s2.id)).toBeUndefined();
    expect(await store.unlinkAll(desk)).toBe(1);
    expect(await store.source(s1.id)).toBeUndefined();
    expect(await store.countFollowedQueries()).toBe(0);
    expect(await store.unlinkAll(desk)).toBe(0);
    await store.close();
  });

  it('sources share paper rows; a paper goes with the last source that held it', async () => {
    const { store, paperRows } = await kind.open();
    const s1 = await store.ensureSource('query', 'q1', 'Q1', at('2026-03-01T08:00:00Z'));
    const s2 = await store.ensureSource('query', 'q2', 'Q2', at('2026-03-01T08:00:00Z'));
    await store.linkSource(alice, s1.id, at('2026-03-01T08:00:00Z'));
    await store.linkSource(bob, s2.id, at('2026-03-01T08:00:00Z'));
    await store.setSourcePapers(s1.id, [paper('a'), paper('b'), paper('c')], refresh('2026-03-01T09:00:00Z'));
    await store.setSourcePapers(s2.id, [paper('b'), paper('c'), paper('d')], refresh('2026-03-01T09:00:00Z'));
    expect(await paperRows()).toBe(4);
    const both = await store.sourcePapers([s1.id, s2.id]);
    expect(both.map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(both.find((p) => p.id === 'a')).toEqual(paper('a'));
    await store.unlinkSource(alice, s1.id);
    expect(await paperRows()).toBe(3);
    expect(idsOf(await store.sourcePapers([s2.id]))).toEqual(['b', 'c', 'd']);
    await store.unlinkAll(bob);
    expect(await paperRows()).toBe(0);
    await store.close();
  });

  it('a shared paper keeps its newest version, whichever source wrote it last', async () => {
    const { store } = await kind.open();
    const q = await store.ensureSource('query', 'q', 'Q', at('2026-03-01T08:00:00Z'));
    const f = await store.ensureSource('file', 'f', 'F', at('2026-03-01T08:00:00Z'));
    const v2 = paper('a', { version: 2, updated: '2026-02-01', title: 'Second' });
    await store.setSourcePapers(q.id, [v2], refresh('2026-03-01T09:00:00Z'));
    await store.setSourcePapers(f.id, [paper('a', { version: 1, title: 'First' })], refresh('2026-03-01T10:00:00Z'));
    expect(await store.sourcePapers([f.id])).toEqual([v2]);
    // The same version, corrected, replaces it.
    const fixed = { ...v2, title: 'Second, corrected' };
    await store.setSourcePapers(f.id, [fixed], refresh('2026-03-01T11:00:00Z'));
    expect(await store.sourcePapers([q.id, f.id])).toEqual([fixed]);
    // A listing that repeats a paper holds it once, its newest copy.
    await store.setSourcePapers(
      f.id,
      [paper('b', { version: 3 }), paper('b', { version: 4 })],
      refresh('2026-03-01T12:00:00Z'),
    );
    expect((await store.source(f.id))?.papers).toBe(1);
    expect((await store.sourcePapers([f.id]))[0]?.version).toBe(4);
    await store.close();
  });

  it("setting a source's papers replaces them, records the success and moves its version", async () => {
    const { store, paperRows } = await kind.open();
    const q = await store.ensureSource('query', 'q', 'Q', at('2026-03-01T08:00:00Z'));
    await store.linkSource(alice, q.id, at('2026-03-01T08:00:00Z'));
    await store.setSourcePapers(q.id, [paper('a'), paper('b'), paper('c')], {
      at: at('2026-03-01T09:00:00Z'),
      total: 40,
      problems: ['result 3: entry x: no title; skipped'],
      nextRefreshAt: at('2026-03-01T15:00:00Z'),
    });
    expect(await store.source(q.id)).toEqual({
      ...q,
      papers: 3,
      version: 1,
      total: 40,
      refreshedAt: at('2026-03-01T09:00:00Z'),
      nextRefreshAt: at('2026-03-01T15:00:00Z'),
      problems: ['result 3: entry x: no title; skipped'],
    });
    await store.recordSourceFailure(q.id, at('2026-03-01T15:00:01Z'), 'arXiv answered 503', at('2026-03-01T16:00:00Z'));
    expect(await store.source(q.id)).toMatchObject({
      papers: 3,
      version: 1,
      error: { at: at('2026-03-01T15:00:01Z'), message: 'arXiv answered 503' },
      nextRefreshAt: at('2026-03-01T16:00:00Z'),
    });
    await store.setSourcePapers(q.id, [paper('c'), paper('d')], refresh('2026-03-01T16:00:00Z'));
    const after = await store.source(q.id);
    expect(after).toMatchObject({ papers: 2, version: 2, refreshedAt: at('2026-03-01T16:00:00Z'), problems: [] });
    expect(after?.error).toBeUndefined();
    expect(after?.total).toBeUndefined();
    expect(after?.nextRefreshAt).toBeUndefined();
    expect(idsOf(await store.sourcePapers([q.id]))).toEqual(['c', 'd']);
    expect(await paperRows()).toBe(2);
    // A source deleted while it was fetched takes nothing.
    await store.unlinkAll(alice);
    await store.setSourcePapers(q.id, [paper('e')], refresh('2026-03-01T17:00:00Z'));
    expect(await paperRows()).toBe(0);
    await store.close();
  });

  it("a source's new papers are numbered first-seen with its papers, in order; a gone source numbers none", async () => {
    const { store } = await kind.open();
    await store.registerPapers(['b'], at('2026-03-01T08:00:00Z'));
    const s1 = await store.ensureSource('query', 'q1', 'Q1', at('2026-03-01T08:00:00Z'));
    await store.setSourcePapers(s1.id, [paper('c'), paper('b'), paper('a')], refresh('2026-03-01T09:00:00Z'));
    expect(await store.papersAfter(0, await store.maxSeq())).toEqual(['b', 'c', 'a']);
    await store.setSourcePapers(s1.id, [paper('d'), paper('c')], refresh('2026-03-02T09:00:00Z'));
    expect(await store.papersAfter(3, await store.maxSeq())).toEqual(['d']);
    const s2 = await store.ensureSource('query', 'q2', 'Q2', at('2026-03-01T08:00:00Z'));
    await store.linkSource(alice, s2.id, at('2026-03-01T08:00:00Z'));
    await store.unlinkSource(alice, s2.id);
    await store.setSourcePapers(s2.id, [paper('e')], refresh('2026-03-02T10:00:00Z'));
    expect(await store.maxSeq()).toBe(4);
    await store.close();
  });

  it("keeps each paper's derived form beside it: read back by version, dropped when the paper changes", async () => {
    const { store } = await kind.open();
    const q = await store.ensureSource('query', 'q', 'Q', at('2026-03-01T08:00:00Z'));
    const forms = (version: string, entries: [string, string][]) => ({ version, byId: new Map(entries) });
    const withForms = (iso: string, version: string, entries: [string, string][]) => ({
      ...refresh(iso),
      derived: forms(version, entries),
    });
    await store.setSourcePapers(q.id, [paper('a'), paper('b')], withForms('2026-03-01T09:00:00Z', 'v1', [['a', 'A1']]));
    const first = await store.sourcePapersDerived([q.id], 'v1');
    expect(idsOf(first.papers)).toEqual(['a', 'b']);
    expect([...first.derived.byId]).toEqual([['a', 'A1']]);
    expect((await store.sourcePapersDerived([q.id], 'v2')).derived.byId.size).toBe(0);
    // The same papers with forms of new rules: the forms are replaced.
    await store.setSourcePapers(
      q.id,
      [paper('a'), paper('b')],
      withForms('2026-03-01T10:00:00Z', 'v2', [
        ['a', 'A2'],
        ['b', 'B2'],
      ]),
    );
    expect([...(await store.sourcePapersDerived([q.id], 'v2')).derived.byId].sort()).toEqual([
      ['a', 'A2'],
      ['b', 'B2'],
    ]);
    // A writer without forms leaves them; a changed paper without one loses its stale form.
    await store.setSourcePapers(q.id, [paper('a'), paper('b', { title: 'Changed' })], refresh('2026-03-01T11:00:00Z'));
    expect([...(await store.sourcePapersDerived([q.id], 'v2')).derived.byId]).toEqual([['a', 'A2']]);
    await store.close();
  });

  it('a large source is replaced whole, across batches', async () => {
    const { store, paperRows } = await kind.open();
    const q = await store.ensureSource('query', 'q', 'Q', at('2026-03-01T08:00:00Z'));
    const many = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => paper(`p${from + i}`));
    await store.setSourcePapers(q.id, many(0, 2500), refresh('2026-03-01T09:00:00Z'));
    expect((await store.source(q.id))?.papers).toBe(2500);
    await store.setSourcePapers(q.id, many(1000, 4000), refresh('2026-03-01T10:00:00Z'));
    expect((await store.source(q.id))?.papers).toBe(3000);
    expect(await paperRows()).toBe(3000);
    const ids = new Set((await store.sourcePapers([q.id])).map((p) => p.id));
    expect([ids.size, ids.has('p999'), ids.has('p1000'), ids.has('p3999')]).toEqual([3000, false, true, true]);
    await store.close();
  });

  it('due queries: held ones only, never fetched first (oldest first), then the longest overdue', async () => {
    const { store } = await kind.open();
    const now = at('2026-03-01T11:00:00Z');
    const make = async (key: string, created: string, next?: string, holder: ChatRef | null = alice) => {
      const s = await store.ensureSource(key.startsWith('f') ? 'file' : 'query', key, key, at(created));
      if (next) await store.recordSourceFailure(s.id, at(created), 'x', at(next));
      if (holder) await store.linkSource(holder, s.id, at(created));
      return s;
    };
    expect(await store.nextQueryDueAt()).toBeUndefined();
    await make('q-late', '2026-03-01T07:00:00Z', '2026-03-01T12:00:00Z');
    await make('q-unheld', '2026-03-01T01:00:00Z', undefined, null);
    await make('f-file', '2026-03-01T01:00:00Z');
    expect(await store.dueQueries(now, 10)).toEqual([]);
    expect(await store.nextQueryDueAt()).toEqual(at('2026-03-01T12:00:00Z'));
    await make('q-ten', '2026-03-01T02:00:00Z', '2026-03-01T10:00:00Z');
    await make('q-nine', '2026-03-01T03:00:00Z', '2026-03-01T09:00:00Z', bob);
    expect(await store.nextQueryDueAt()).toEqual(at('2026-03-01T09:00:00Z'));
    await make('q-new', '2026-03-01T06:00:00Z');
    await make('q-older', '2026-03-01T05:00:00Z', undefined, desk);
    expect((await store.dueQueries(now, 10)).map((s) => s.key)).toEqual(['q-older', 'q-new', 'q-nine', 'q-ten']);
    expect((await store.dueQueries(now, 3)).map((s) => s.key)).toEqual(['q-older', 'q-new', 'q-nine']);
    expect(await store.nextQueryDueAt()).toEqual(at('2026-03-01T05:00:00Z'));
    expect(await store.countFollowedQueries()).toBe(5);
    await store.close();
  });
});
