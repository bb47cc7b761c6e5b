// End to end: command to reply through the real grammY bot against the fake Bot API server, and
// through discord.js against the fake gateway and REST API, with many users at once.
import pino from 'pino';
import { commands } from '../commands/index.js';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { TelegramAdapter } from '../src/adapters/telegram/telegram-adapter.js';
import { LiveIndex } from '../src/search/live-index.js';
import { loadListing } from '../src/listing/load-listing.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { BUNDLED_LISTING } from '../src/app/paths.js';
import { FakeDiscordServer } from '../tests/fakes/discord-server.js';
import { FakeTelegramServer } from '../tests/fakes/telegram-server.js';

/** Latency percentiles of one end-to-end run. */
export interface E2eResult {
  commands: number;
  users: number;
  p50: number;
  p99: number;
  totalMs: number;
}

const TEXT_COMMANDS = [
  '/search mixture of experts',
  '/author Dhruv Mahajan',
  '/latest 5',
  '/ask Who wrote Pimba?',
  '/paper MoETuner',
  '/search recomendation',
  '/ask How many papers has Divya Mahajan written in 2025?',
  '/stats',
];
const SLASH: [string, { name: string; type: number; value: unknown }[]][] = [
  ['search', [{ name: 'query', type: 3, value: 'mixture of experts' }]],
  ['author', [{ name: 'name', type: 3, value: 'Dhruv Mahajan' }]],
  ['latest', [{ name: 'count', type: 4, value: 5 }]],
  ['ask', [{ name: 'question', type: 3, value: 'Who wrote Pimba?' }]],
  ['paper', [{ name: 'ref', type: 3, value: 'MoETuner' }]],
  ['stats', []],
];

function summarize(times: number[], users: number, totalMs: number): E2eResult {
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;
  return { commands: times.length, users, p50: pick(50), p99: pick(99), totalMs: Math.round(totalMs) };
}

async function index(): Promise<LiveIndex> {
  return new LiveIndex(PaperIndex.of((await loadListing(BUNDLED_LISTING)).papers));
}

/** `total` commands from `users` users at once through grammY; latency from update to reply. */
export async function telegramE2e(total: number, users: number): Promise<E2eResult> {
  const server = await new FakeTelegramServer().start();
  const adapter = new TelegramAdapter({
    token: server.token,
    apiRoot: server.apiRoot,
    live: await index(),
    commands,
    log: pino({ level: 'silent' }),
    botInfo: server.botInfo,
    rateLimit: { max: 1e9, windowMs: 1000 },
  });
  await adapter.start();
  const times: number[] = [];
  const started = performance.now();
  const perUser = Math.ceil(total / users);
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      const from = { id: 10_000 + u, is_bot: false, first_name: `u${u}` };
      const chat = { id: from.id, type: 'private' as const };
      for (let i = 0; i < perUser && u * perUser + i < total; i++) {
        const before = server.messagesTo(chat.id).length;
        const t = performance.now();
        server.userSays(chat, from, TEXT_COMMANDS[(u + i) % TEXT_COMMANDS.length] as string);
        await server.waitForMessage(chat.id, (m) => server.messagesTo(chat.id).indexOf(m) >= before);
        times.push(performance.now() - t);
      }
    }),
  );
  const totalMs = performance.now() - started;
  await adapter.stop();
  await server.close();
  return summarize(times, users, totalMs);
}

/** `total` slash commands from `users` users at once through discord.js; latency from INTERACTION_CREATE to the reply. */
export async function discordE2e(total: number, users: number): Promise<E2eResult> {
  const server = await new FakeDiscordServer().start();
  const adapter = new DiscordAdapter({
    token: server.token,
    apiUrl: server.api,
    live: await index(),
    commands,
    log: pino({ level: 'silent' }),
    rateLimit: { max: 1e9, windowMs: 1000 },
  });
  await adapter.start();
  const times: number[] = [];
  const started = performance.now();
  const perUser = Math.ceil(total / users);
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      for (let i = 0; i < perUser && u * perUser + i < total; i++) {
        const [name, options] = SLASH[(u + i) % SLASH.length] as (typeof SLASH)[number];
        const t = performance.now();
        const interaction = server.slash(name, options, { userId: String(1_600_000_000_000_000_000n + BigInt(u)) });
        await server.response(interaction);
        times.push(performance.now() - t);
      }
    }),
  );
  const totalMs = performance.now() - started;
  await adapter.stop();
  await server.close();
  return summarize(times, users, totalMs);
}
