// The chat pipeline on its own, with commands made up here: it routes by what commands declare
// (text, main option, buttons), never by their names, and its steps run in order.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AnyCommand, defineCommand } from '../src/chat/command.js';
import { ChatPipeline } from '../src/chat/pipeline.js';
import { replyButtons } from '../src/chat/buttons.js';
import type { Incoming, Outgoing, Turn } from '../src/chat/turn.js';
import { LiveIndex } from '../src/search/live-index.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import { fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';
import { TestSchemas } from './helpers/pg-schemas.js';

const log = watchedLogger('the pipeline', { level: 'warn' });
const live = new LiveIndex(fixtureIndex());

const echo = defineCommand({
  name: 'echo',
  description: 'Says the words back',
  options: z.object({ words: z.string().max(20).describe('Words') }),
  takesText: true,
  run: ({ words }) => ({ kind: 'text', text: `echo: ${words}` }),
});
const show = defineCommand({
  name: 'show',
  description: 'Shows a paper',
  options: z.object({ limit: z.number().default(1).describe('Unused'), id: z.string().describe('Paper id') }),
  main: 'id',
  button: { code: 'sh', on: 'paper', label: 'Show it', listLabel: 'Show' },
  run: ({ id }, { index }) => {
    const paper = index.get(id);
    return paper ? { kind: 'paper', paper } : { kind: 'error', message: `no ${id}` };
  },
});
const commands: AnyCommand[] = [echo, show];

/** Runs one turn and collects what the pipeline sends. */
async function turn(pipeline: ChatPipeline, incoming: Incoming, userId = 'u1'): Promise<Outgoing[]> {
  const sent: Outgoing[] = [];
  const t: Turn = {
    platform: 'telegram',
    incoming,
    userId,
    chatId: 'c1',
    context: () => ({ ...live.snapshot(), platform: 'telegram', commands, now: () => new Date() }),
    send: async (out) => void sent.push(out),
  };
  await pipeline.handle(t);
  return sent;
}

describe('the pipeline routes by declarations', () => {
  const pipeline = new ChatPipeline({ commands, live, log });
  // Any paper's id will do (the bundled listing has no arXiv ids; the index names its papers).
  const firstId = live.current.newest[0]?.id ?? '';

  it('sends plain text to the command that takes text, on its main option', async () => {
    expect(await turn(pipeline, { kind: 'text', text: ' hello ' })).toEqual([
      { kind: 'reply', reply: { kind: 'text', text: 'echo: hello' } },
    ]);
  });

  it('reads a typed command on its main option, and validates it', async () => {
    const [out] = await turn(pipeline, { kind: 'typed', name: 'echo', rest: 'x'.repeat(21) });
    expect(out).toMatchObject({ kind: 'reply', reply: { kind: 'error' } });
    const [unknown] = await turn(pipeline, { kind: 'typed', name: 'nope', rest: '' });
    expect(unknown).toMatchObject({ kind: 'reply', reply: { kind: 'error', message: 'Unknown command /nope.' } });
  });

  it('offers the declared button on a paper, and a press runs that command on it', async () => {
    const [out] = await turn(pipeline, { kind: 'command', name: 'show', args: { id: firstId } });
    if (out?.kind !== 'reply') throw new Error('expected a reply');
    const buttons = replyButtons(out.reply);
    expect(buttons.paper).toEqual([{ label: 'Show it', data: `sh:${firstId}` }]);
    const [pressed] = await turn(pipeline, { kind: 'button', data: `sh:${firstId}` });
    expect(pressed).toMatchObject({ kind: 'reply', reply: { kind: 'paper', paper: { id: firstId } } });
    const [foreign] = await turn(pipeline, { kind: 'button', data: `zz:${firstId}` });
    expect(foreign).toEqual({ kind: 'notice', text: 'This button is not mine, or it is too old.' });
  });

  it('says, in a reply given while the first fetch from arXiv is under way, how far it is', async () => {
    const sent: Outgoing[] = [];
    const origin = {
      files: [],
      filePapers: 0,
      asOf: new Date(0),
      arxiv: { query: 'cat:cs.DC', papers: 0, fetching: { fetched: 800, target: 2000 } },
    };
    await pipeline.handle({
      platform: 'telegram',
      incoming: { kind: 'text', text: 'hi' },
      context: () => ({ ...live.snapshot(), origin, platform: 'telegram', commands, now: () => new Date() }),
      send: async (out) => void sent.push(out),
    });
    expect(sent).toEqual([
      {
        kind: 'reply',
        reply: {
          kind: 'text',
          text: 'echo: hi\nStill fetching cat:cs.DC from arXiv (800 of 2,000 papers so far); its papers are served once fetched.',
        },
      },
    ]);
  });

  it('drops an update it has handled before', async () => {
    const sent: Outgoing[] = [];
    const t: Turn = {
      platform: 'telegram',
      incoming: { kind: 'text', text: 'once' },
      updateId: '77',
      context: () => ({ ...live.snapshot(), platform: 'telegram', commands, now: () => new Date() }),
      send: async (out) => void sent.push(out),
    };
    await pipeline.handle(t);
    await pipeline.handle(t);
    expect(sent).toHaveLength(1);
  });
});

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];
const schemas = new TestSchemas(PG_URL);
afterAll(() => schemas.dropAll());

const stores: {
  name: string;
  open: () => Promise<{ a: SqliteStore | PostgresStore; b: SqliteStore | PostgresStore }>;
}[] = [
  {
    name: 'SQLite',
    open: async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'arxivist-limit-')), 'arxivist.db');
      return { a: new SqliteStore(file), b: new SqliteStore(file) };
    },
  },
];
if (PG_URL) {
  stores.push({
    name: 'PostgreSQL',
    open: async () => {
      const options = { url: PG_URL, schema: schemas.next(), poolSize: 2 };
      return { a: await PostgresStore.open(options), b: await PostgresStore.open(options) };
    },
  });
}

describe.each(stores)('a rate limit counted in $name', ({ open }) => {
  it('is shared by two instances: the third command from either is refused, once', async () => {
    const { a, b } = await open();
    const limit = { max: 2, windowMs: 60_000 };
    const first = new ChatPipeline({ commands, live, log, rateLimit: await a.rateLimiter('telegram', limit) });
    const second = new ChatPipeline({ commands, live, log, rateLimit: await b.rateLimiter('telegram', limit) });
    const user = `user-${randomBytes(4).toString('hex')}`;
    const say = (p: ChatPipeline) => turn(p, { kind: 'text', text: 'hi' }, user);
    expect(await say(first)).toHaveLength(1);
    expect(await say(second)).toHaveLength(1);
    const [notice] = await say(first);
    expect(notice).toMatchObject({ kind: 'notice', text: expect.stringMatching(/^You're sending commands faster/) });
    // Told once per window in a chat: the next refusal, on the other instance, is quiet.
    expect(await say(second)).toEqual([]);
    // Another user is not held back by this one.
    expect(await turn(second, { kind: 'text', text: 'hi' }, `${user}-other`)).toHaveLength(1);
    await a.close();
    await b.close();
  });
});
