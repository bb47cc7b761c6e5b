// The real discord.js client against a fake Discord REST API and gateway on 127.0.0.1.
import { watchedLogger } from './helpers/leaks.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../commands/index.js';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { defineCommand } from '../src/chat/command.js';
import { LiveIndex } from '../src/search/live-index.js';
import { deploy } from '../src/app/deploy-discord.js';
import {
  APP_ID,
  BOT_ID,
  FakeDiscordServer,
  type FakeInteraction,
  type FakeMessage,
  GUILD_ID,
} from './fakes/discord-server.js';
import { RAW_ENTRIES, fixtureIndex, rawPapersBy } from './helpers/fixture.js';
import { authorLine, entriesHiding, rawPapersNaming, shownCount } from './helpers/entry-authors.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DigestService } from '../src/digest/digest-service.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

let server: FakeDiscordServer;
let adapter: DiscordAdapter;
let release: () => void = () => undefined;
const logged: string[] = [];

// A command that finishes only when the test says so, to exercise the defer-then-edit path.
const slow = defineCommand({
  name: 'slow',
  description: 'Test only: answers when released',
  options: z.object({}),
  run: () =>
    new Promise((resolve) => {
      release = () => resolve({ kind: 'text', text: 'done at last' });
    }),
});

const str = (name: string, value: string) => ({ name, type: 3, value });
const int = (name: string, value: number) => ({ name, type: 4, value });
const embedText = (m: FakeMessage) =>
  m.embeds
    .map((e) =>
      [
        e['title'],
        e['description'],
        ...((e['fields'] as { name: string; value: string }[] | undefined) ?? []).map((f) => `${f.name} ${f.value}`),
        (e['footer'] as { text: string } | undefined)?.text,
      ].join('\n'),
    )
    .join('\n');
const buttons = (m: FakeMessage) => m.components.flatMap((r) => r.components);

// Each call comes from a new user, so the per-user rate limit (tested on its own) stays out of the way.
let userSeq = 1600000000000000000n;
function nextUser(): string {
  userSeq += 1n;
  return userSeq.toString();
}

async function run(name: string, options: { name: string; type: number; value: unknown }[] = []): Promise<FakeMessage> {
  return server.response(server.slash(name, options, { userId: nextUser() }));
}

beforeAll(async () => {
  server = await new FakeDiscordServer().start();
  const log = watchedLogger('the Discord adapter', { level: 'warn', onLine: (line) => logged.push(line) });
  const live = new LiveIndex(fixtureIndex());
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'arxivist-dc-')), 'arxivist.db'));
  await store.registerPapers(
    live.current.papers.map((p) => p.id),
    new Date(),
  );
  const digests = new DigestService(store, live, () => new Date(), log);
  adapter = new DiscordAdapter({
    token: server.token,
    apiUrl: server.api,
    live,
    commands: [...commands, slow],
    log,
    deferAfterMs: 200,
    rateLimit: { max: 3, windowMs: 60_000 },
    digests,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await server?.close();
});

describe('Discord adapter end to end', () => {
  it('deploys the slash commands to a guild, from the zod declarations', async () => {
    const lines: string[] = [];
    const code = await deploy(
      {
        DISCORD_TOKEN: server.token,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_URL: server.api,
      },
      (l) => lines.push(l),
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^Deployed \d+ commands .* to guild \d+: available now\.$/);
    const deployed = server.deployed.get(GUILD_ID) ?? [];
    expect(deployed.map((c) => c['name'])).toEqual(commands.map((c) => c.name));
    const search = deployed.find((c) => c['name'] === 'search') as { options: Record<string, unknown>[] };
    expect(search.options[0]).toMatchObject({ name: 'query', type: 3, required: true, max_length: 300 });
    expect(search.options[1]).toMatchObject({ name: 'limit', type: 4, required: false, min_value: 1, max_value: 20 });
    const latest = deployed.find((c) => c['name'] === 'latest') as { options: Record<string, unknown>[] };
    expect(latest.options.find((o) => o['name'] === 'kind')?.['choices']).toEqual([
      { name: 'new', value: 'new' },
      { name: 'revised', value: 'revised' },
    ]);
    const author = deployed.find((c) => c['name'] === 'author') as { options: Record<string, unknown>[] };
    expect(author.options[0]).toMatchObject({ name: 'name', autocomplete: true });
    const global = await deploy(
      { DISCORD_TOKEN: server.token, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: server.api },
      (l) => lines.push(l),
    );
    expect(global).toBe(0);
    expect(lines[1]).toMatch(/globally/);
    expect(await deploy({ DISCORD_TOKEN: server.token }, (l) => lines.push(l))).toBe(2);
    expect(lines[2]).toMatch(/DISCORD_APPLICATION_ID: must be set too/);
  });

  it('/search answers with an embed, MoETuner first, and no mentions allowed', async () => {
    const m = await run('search', [str('query', 'mixture of experts')]);
    expect(m.embeds[0]?.['title']).toMatch(/papers? match "mixture of experts"/);
    expect(String(m.embeds[0]?.['description'])).toMatch(/^\*\*1\. \[MoETuner/);
    expect(m.body['allowed_mentions']).toEqual({ parse: [], replied_user: false });
    expect(buttons(m).some((b) => b.custom_id?.startsWith('ab:'))).toBe(true);
  });

  it('pages with Next, updating the same message', async () => {
    const first = await run('search', [str('query', 'models'), int('limit', 3)]);
    expect(String(first.embeds[0]?.['description'])).toMatch(/^\*\*1\. /);
    const next = buttons(first).find((b) => b.label === 'Next ▶');
    expect(next?.custom_id).toMatch(/^pg:/);
    const press = server.press(first, next?.custom_id as string);
    const page2 = await server.response(press);
    expect(press.acknowledged?.type).toBe(7);
    expect(String(page2.embeds[0]?.['description'])).toMatch(/^\*\*4\. /);
    expect((page2.embeds[0]?.['footer'] as { text: string }).text).toMatch(/^Page 2 of/);
  });

  it('a stale button answers with an ephemeral notice', async () => {
    const first = await run('latest');
    const stale = server.press(first, 'pg:gone:2');
    const notice = await server.response(stale);
    expect(notice.content).toMatch(/expired/);
    expect(notice.flags & 64).toBe(64);
    const abstract = buttons(first).find((b) => b.custom_id?.startsWith('ab:'));
    const shown = await server.response(server.press(first, abstract?.custom_id as string));
    expect(shown.flags & 64).toBe(64);
    expect(shown.embeds[0]?.['title']).toBe(
      [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted))[0]?.title,
    );
  });

  it('/author, /coauthors, /latest, /paper, /stats, /help, /ask', async () => {
    const author = await run('author', [str('name', 'Dhruv Mahajan')]);
    expect(author.embeds[0]?.['title']).toBe('Dhruv Mahajan: 10 papers');
    for (const e of rawPapersBy('Dhruv Mahajan')) expect(embedText(author)).toContain(e.title.slice(0, 40));
    expect(embedText(await run('coauthors', [str('name', 'Dhruv Mahajan')]))).toMatch(/Abhimanyu Dubey: 6/);
    const amb = await run('author', [str('name', 'Mahajan')]);
    expect(buttons(amb).map((b) => b.label)).toContain('Divya Mahajan');
    expect(embedText(await run('latest', [int('count', 2)]))).toContain(
      [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted))[0]?.title,
    );
    const paper = await run('paper', [str('ref', 'Pimba')]);
    expect(paper.embeds[0]?.['title']).toMatch(/^Pimba:/);
    expect(embedText(await run('stats'))).toMatch(/50 papers by 273 authors/);
    expect(embedText(await run('help'))).toContain('/search query:');
    const ask = await run('ask', [str('question', 'Who wrote MoETuner?')]);
    expect(embedText(ask)).toMatch(/was written by Seokjin Go and Divya Mahajan/);
  });

  it('lists keep the author asked about visible, wherever they stand among the authors', async () => {
    const DIVYA = /^Divya Mahajan$/;
    const divya = rawPapersNaming(DIVYA);
    const card = embedText(await run('author', [str('name', 'Divya Mahajan')]));
    // The card lists as many papers as fit in one embed.
    expect(shownCount(card, divya)).toBeGreaterThan(5);
    expect(entriesHiding(card, divya, DIVYA)).toEqual([]);
    // Third of three authors, two shown: the first, a gap, then her.
    expect(authorLine(card, 'EarthSight: A Distributed')).toMatch(/^Ansel Kaplan Erol, … Divya Mahajan \+1 · /);
    const search = embedText(await run('search', [str('query', 'author:"Divya Mahajan"'), int('limit', 20)]));
    expect(shownCount(search, divya)).toBeGreaterThan(5);
    expect(entriesHiding(search, divya, DIVYA)).toEqual([]);
    const MAHAJAN = /\bMahajan$/;
    const page = embedText(await run('search', [str('query', 'author:Mahajan'), int('limit', 10)]));
    expect(shownCount(page, rawPapersNaming(MAHAJAN))).toBeGreaterThan(5);
    expect(entriesHiding(page, rawPapersNaming(MAHAJAN), MAHAJAN)).toEqual([]);
    const answer = embedText(await run('ask', [str('question', 'How many papers has Divya Mahajan written in 2025?')]));
    expect(shownCount(answer, divya)).toBeGreaterThan(0);
    expect(entriesHiding(answer, divya, DIVYA)).toEqual([]);
  });

  it('autocompletes author names and paper titles, at most 25', async () => {
    const a = server.autocomplete('author', [{ name: 'name', type: 3, value: 'Dhr', focused: true }]);
    await server.waitFor<FakeInteraction>('acknowledged', (i) => i === a);
    const choices = a.acknowledged?.data?.['choices'] as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toContain('Dhruv Mahajan');
    const all = server.autocomplete('author', [{ name: 'name', type: 3, value: '', focused: true }]);
    await server.waitFor<FakeInteraction>('acknowledged', (i) => i === all);
    expect((all.acknowledged?.data?.['choices'] as unknown[]).length).toBe(25);
    const t = server.autocomplete('paper', [{ name: 'ref', type: 3, value: 'pim', focused: true }]);
    await server.waitFor<FakeInteraction>('acknowledged', (i) => i === t);
    const titles = t.acknowledged?.data?.['choices'] as { name: string; value: string }[];
    expect(titles[0]?.name).toMatch(/^Pimba/);
    // The chosen value is the paper id, which /paper resolves exactly.
    expect(embedText(await run('paper', [str('ref', titles[0]?.value as string)]))).toMatch(/^Pimba/);
  });

  it('answers a mention in the channel, without the message-content intent', async () => {
    server.mention(`<@${BOT_ID}> how many papers has Divya Mahajan written?`);
    const m = await server.waitFor<FakeMessage>('message');
    expect(embedText(m)).toMatch(/Papers by Divya Mahajan: 17 \(3 more papers hide part of their authors/);
    expect(m.body['allowed_mentions']).toMatchObject({ parse: [] });
    server.mention('talking about arxivist without mentioning it');
    server.mention(`<@!${BOT_ID}> who wrote Pimba?`);
    const second = await server.waitFor<FakeMessage>('message');
    expect(embedText(second)).toMatch(/Pimba: .* was written by/);
  });

  it('renders hostile text safely and answers huge input with an ephemeral error', async () => {
    const m = await run('search', [str('query', '@everyone **bold** <@&123> [x](http://evil) transformers')]);
    expect(m.body['allowed_mentions']).toEqual({ parse: [], replied_user: false });
    const title = String(m.embeds[0]?.['title']);
    expect(title).toContain('@everyone');
    const err = await run('search', [str('query', 'x'.repeat(5000))]);
    expect(err.flags & 64).toBe(64);
    expect(err.content).toMatch(/query is too long \(5000 characters\); at most 300/);
    const unknown = await run('author', [str('name', 'Zebediah **Quux**')]);
    expect(unknown.flags & 64).toBe(64);
    expect(unknown.content).toContain('Zebediah \\*\\*Quux\\*\\*');
  });

  it('defers a slow command within the deadline, then edits the reply', async () => {
    const i = server.slash('slow', [], { userId: nextUser() });
    await server.waitFor<FakeInteraction>('acknowledged', (x) => x === i);
    expect(i.acknowledged?.type).toBe(5);
    release();
    const m = await server.response(i);
    expect(String(m.embeds[0]?.['description'])).toBe('done at last');
  });

  it('retries a REST call that got 429', async () => {
    server.rateLimitNext(/\/interactions\/.*\/callback$/, 0.2);
    const m = await run('stats');
    expect(embedText(m)).toMatch(/50 papers/);
    expect(server.calls.some((c) => c.status === 429)).toBe(true);
  });

  it('resumes a lost gateway connection and keeps answering', async () => {
    const resumed = server.waitFor('resumed', () => true, 20_000);
    server.dropConnection();
    await resumed;
    expect(server.resumes).toBeGreaterThanOrEqual(1);
    expect(server.identifies).toBe(1);
    expect(embedText(await run('latest', [int('count', 1)]))).toMatch(/Latest papers/);
  });

  it('subscribes a channel (Manage Channels only), lists and unsubscribes', async () => {
    const refused = await server.response(server.slash('subscribe', [], { userId: nextUser(), permissions: '1024' }));
    expect(refused.flags & 64).toBe(64);
    expect(refused.content).toMatch(
      /Only administrators can use \/subscribe in this channel\.\nIt needs the Manage Channels permission\./,
    );
    const admin = { userId: nextUser(), permissions: String(1024 | 16) };
    const ok = await server.response(
      server.slash(
        'subscribe',
        [
          str('cadence', 'daily'),
          str('time', '18:00'),
          str('timezone', 'Asia/Kolkata'),
          str('filter', 'author:"Divya Mahajan"'),
        ],
        admin,
      ),
    );
    expect(ok.content).toMatch(
      /^Subscribed #(\d+): daily at 18:00 \(Asia\/Kolkata\), papers matching "author:"Divya Mahajan""\./,
    );
    expect(ok.embeds[0]?.['title']).toMatch(/^Preview: the latest 10 papers/);
    const list = await server.response(server.slash('subscriptions', [], { userId: nextUser() }));
    expect(String(list.embeds[0]?.['description'])).toMatch(/daily at 18:00 \(Asia\/Kolkata\)/);
    const id = /#(\d+)/.exec(ok.content)?.[1] as string;
    const gone = await server.response(server.slash('unsubscribe', [str('id', id)], admin));
    expect(String(gone.embeds[0]?.['description'])).toBe(`Removed subscription #${id}.`);
    const dm = await server.response(
      server.slash('subscribe', [str('cadence', 'weekly'), str('weekday', 'mon')], { userId: nextUser(), dm: true }),
    );
    expect(dm.content).toMatch(/weekly on Monday at 09:00 \(UTC\)/);
  });

  it('rate-limits a user who floods commands, with an ephemeral notice', async () => {
    const user = nextUser();
    const replies: FakeMessage[] = [];
    for (let i = 0; i < 4; i++) replies.push(await server.response(server.slash('stats', [], { userId: user })));
    expect(replies.slice(0, 3).every((r) => r.embeds.length === 1)).toBe(true);
    expect(replies[3]?.content).toMatch(/faster than I can keep up/);
    expect((replies[3]?.flags ?? 0) & 64).toBe(64);
  });

  it('never acknowledged twice or late', () => {
    const bad = server.calls.filter((c) => /40060|10062/.test(c.error ?? ''));
    expect(bad).toEqual([]);
    expect(logged.filter((l) => /interaction failed/.test(l))).toEqual([]);
  });
});
