// The same buttons behave the same on Telegram and Discord: one table of presses run against both
// real adapters and their fake servers.
import { parse } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { TelegramAdapter } from '../src/adapters/telegram/telegram-adapter.js';
import { LiveIndex } from '../src/search/live-index.js';
import { FakeDiscordServer, type FakeMessage } from './fakes/discord-server.js';
import { FakeTelegramServer, type FakeUser, type SentMessage } from './fakes/telegram-server.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';

/** A message the bot showed: its visible text and its buttons. */
interface Shown {
  text: string;
  buttons: { label: string; data: string }[];
  /** A file sent with the message (Telegram document, Discord attachment). */
  file?: { name: string; content: string };
  raw: unknown;
}

type Press = { kind: 'notice'; text: string } | { kind: 'replaced'; shown: Shown } | { kind: 'new'; shown: Shown };

interface Driver {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs a command with its main argument and options, as the platform sends them. */
  command(name: string, main?: string, options?: Record<string, number>): Promise<Shown>;
  press(shown: Shown, data: string): Promise<Press>;
}

// Warnings and errors of the adapters, checked for secrets after each test.
const log = watchedLogger('the adapters', { level: 'warn' });
const MAIN: Record<string, string> = {
  search: 'query',
  coauthors: 'name',
  author: 'name',
  paper: 'ref',
  bibtex: 'ref',
};

function telegramDriver(): Driver {
  let server: FakeTelegramServer;
  let adapter: TelegramAdapter;
  let seq = 9000;
  const users = new Map<number, FakeUser>();
  const shown = (m: SentMessage): Shown => ({
    text: m.text,
    buttons: (m.reply_markup?.inline_keyboard ?? [])
      .flat()
      .map((b) => ({ label: b.text, data: b.callback_data ?? '' })),
    ...(m.document ? { file: m.document } : {}),
    raw: m,
  });
  return {
    name: 'telegram',
    async start() {
      server = await new FakeTelegramServer().start();
      adapter = new TelegramAdapter({
        token: server.token,
        apiRoot: server.apiRoot,
        live: new LiveIndex(fixtureIndex()),
        commands,
        log,
        botInfo: server.botInfo,
      });
      await adapter.start();
    },
    async stop() {
      await adapter?.stop();
      await server?.close();
    },
    async command(name, main, options = {}) {
      const u: FakeUser = { id: seq++, is_bot: false, first_name: 'Ada' };
      users.set(u.id, u);
      const chat = { id: u.id, type: 'private' as const, first_name: 'Ada' };
      const text = [`/${name}`, main ?? '', ...Object.entries(options).map(([k, v]) => `--${k} ${v}`)].join(' ');
      const before = server.calls.length;
      server.userSays(chat, u, text.trim());
      const mine = (c: { params: Record<string, unknown> }) =>
        server.calls.indexOf(c as never) >= before && Number(c.params['chat_id']) === chat.id;
      await Promise.race([server.waitForCall('sendMessage', mine), server.waitForCall('sendDocument', mine)]);
      return shown(server.messagesTo(chat.id).at(-1) as SentMessage);
    },
    async press(s, data) {
      const message = s.raw as SentMessage;
      const u = users.get(message.chat.id) as FakeUser;
      const before = server.calls.length;
      const id = server.press(message, data, u);
      const answer = await server.waitForCall('answerCallbackQuery', (c) => c.params['callback_query_id'] === id);
      if (answer.params['text']) return { kind: 'notice', text: String(answer.params['text']) };
      const after = (c: { method: string; params: Record<string, unknown> }) =>
        server.calls.indexOf(c as never) >= before && Number(c.params['chat_id']) === message.chat.id;
      const next = await Promise.race([
        server.waitForCall('editMessageText', after).then(() => 'edit' as const),
        server.waitForCall('sendMessage', after).then(() => 'send' as const),
        server.waitForCall('sendDocument', after).then(() => 'send' as const),
      ]);
      if (next === 'edit') return { kind: 'replaced', shown: shown(message) };
      const sent = server.messagesTo(message.chat.id);
      return { kind: 'new', shown: shown(sent[sent.length - 1] as SentMessage) };
    },
  };
}

function discordDriver(): Driver {
  let server: FakeDiscordServer;
  let adapter: DiscordAdapter;
  let seq = 1700000000000000000n;
  const text = (m: FakeMessage) =>
    [
      m.content ?? '',
      ...m.embeds.map((e) =>
        [e['title'], e['description'], (e['footer'] as { text?: string } | undefined)?.text].join('\n'),
      ),
    ].join('\n');
  const shown = (m: FakeMessage): Shown => ({
    text: text(m),
    buttons: m.components.flatMap((r) => r.components).map((b) => ({ label: b.label ?? '', data: b.custom_id ?? '' })),
    ...(m.files[0] ? { file: m.files[0] } : {}),
    raw: m,
  });
  return {
    name: 'discord',
    async start() {
      server = await new FakeDiscordServer().start();
      adapter = new DiscordAdapter({
        token: server.token,
        apiUrl: server.api,
        live: new LiveIndex(fixtureIndex()),
        commands,
        log,
      });
      await adapter.start();
    },
    async stop() {
      await adapter?.stop();
      await server?.close();
    },
    async command(name, main, options = {}) {
      seq += 1n;
      const opts = [
        ...(main ? [{ name: MAIN[name] as string, type: 3, value: main }] : []),
        ...Object.entries(options).map(([k, v]) => ({ name: k, type: 4, value: v })),
      ];
      return shown(await server.response(server.slash(name, opts, { userId: seq.toString() })));
    },
    async press(s, data) {
      const interaction = server.press(s.raw as FakeMessage, data);
      const reply = await server.response(interaction);
      if (interaction.acknowledged?.type === 7) return { kind: 'replaced', shown: shown(reply) };
      if ((reply.flags & 64) === 64 && !reply.embeds.length) return { kind: 'notice', text: reply.content ?? '' };
      return { kind: 'new', shown: shown(reply) };
    },
  };
}

const newest = [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted));

describe.each([telegramDriver(), discordDriver()])('buttons on $name', (driver) => {
  beforeAll(() => driver.start());
  afterAll(() => driver.stop());

  it('Next replaces the list with its next page; Prev is there on page 2', async () => {
    const first = await driver.command('search', 'models', { limit: 3 });
    const next = first.buttons.find((b) => b.label === 'Next ▶');
    expect(next?.data).toMatch(/^pg:/);
    const pressed = await driver.press(first, next?.data as string);
    expect(pressed.kind).toBe('replaced');
    if (pressed.kind !== 'replaced') return;
    expect(pressed.shown.text).toMatch(/Page 2 of/);
    expect(pressed.shown.buttons.some((b) => b.label === '◀ Prev')).toBe(true);
  });

  it('"Abstract 1" shows the first listed paper in full', async () => {
    const list = await driver.command('latest');
    const abstract = list.buttons.find((b) => b.label === 'Abstract 1');
    expect(abstract?.data).toMatch(/^ab:/);
    const pressed = await driver.press(list, abstract?.data as string);
    expect(pressed.kind).toBe('new');
    if (pressed.kind === 'new') expect(pressed.shown.text).toContain(newest[0]?.title);
  });

  it('a candidate name runs the command that listed it: /coauthors stays /coauthors', async () => {
    const candidates = await driver.command('coauthors', 'Mahajan');
    const divya = candidates.buttons.find((b) => b.label === 'Divya Mahajan');
    expect(divya?.data).toBe('co:Divya Mahajan');
    const pressed = await driver.press(candidates, divya?.data as string);
    expect(pressed.kind).toBe('new');
    if (pressed.kind === 'new') expect(pressed.shown.text).toMatch(/Divya Mahajan.*coauthors/);
    const authors = await driver.command('author', 'Mahajan');
    expect(authors.buttons.find((b) => b.label === 'Divya Mahajan')?.data).toBe('au:Divya Mahajan');
  });

  it('"Similar 1" lists the papers like the first one, with what they share', async () => {
    const list = await driver.command('search', 'processing in memory');
    const similar = list.buttons.find((b) => b.label === 'Similar 1');
    expect(similar?.data).toMatch(/^si:/);
    const pressed = await driver.press(list, similar?.data as string);
    expect(pressed.kind).toBe('new');
    if (pressed.kind === 'new') expect(pressed.shown.text).toMatch(/papers? like "[\s\S]*shares: /);
  });

  it("a paper's BibTeX button gives its entry; /bibtex of a search hands over a .bib file", async () => {
    const paper = await driver.command('paper', 'Pimba');
    expect(paper.buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['Similar papers', 'BibTeX']));
    const pressed = await driver.press(paper, paper.buttons.find((b) => b.label === 'BibTeX')?.data as string);
    expect(pressed.kind).toBe('new');
    if (pressed.kind === 'new') expect(pressed.shown.text).toMatch(/@misc\{\w+2025pimba,\n\s+title\s+= \{Pimba:/);
    const file = await driver.command('bibtex', 'author:"Dhruv Mahajan"');
    expect(file.file?.name).toBe('references.bib');
    expect(file.text).toMatch(/BibTeX for 10 papers matching/);
    const lib = parse(file.file?.content ?? '', { sentenceCase: false, caseProtection: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan')).length);
  });

  it('stale, foreign and unknown buttons get the same short notices', async () => {
    const list = await driver.command('latest');
    expect(await driver.press(list, 'pg:gone:2')).toEqual({
      kind: 'notice',
      text: 'This button has expired. Please run the command again.',
    });
    expect(await driver.press(list, 'ab:no-such-paper')).toEqual({
      kind: 'notice',
      text: 'That paper is no longer in the listing.',
    });
    expect(await driver.press(list, 'zz:whatever')).toEqual({
      kind: 'notice',
      text: 'This button is not mine, or it is too old.',
    });
  });
});
