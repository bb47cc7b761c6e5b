// Discord with shards: two adapters (as two instances would) each hold one of two shards of the
// fake gateway, which routes a guild's events to its shard and direct messages to shard 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { type Metrics, NO_METRICS } from '../src/base/metrics.js';
import { LiveIndex } from '../src/search/live-index.js';
import { FakeDiscordServer, GUILD_ID } from './fakes/discord-server.js';
import { captureLog } from './helpers/digest-env.js';
import { fixtureIndex } from './helpers/fixture.js';

let server: FakeDiscordServer;
const adapters: DiscordAdapter[] = [];
const handled: string[][] = [[], []];

beforeAll(async () => {
  server = await new FakeDiscordServer().start();
  server.shardCount = 2;
  const live = new LiveIndex(fixtureIndex());
  for (const shard of [0, 1]) {
    // Each adapter's metrics record which commands it ran.
    const metrics: Metrics = { ...NO_METRICS, command: (name) => void handled[shard]?.push(name) };
    const adapter = new DiscordAdapter({
      token: server.token,
      apiUrl: server.api,
      live,
      commands,
      log: captureLog(),
      shards: { count: 2, ids: [shard] },
      metrics,
    });
    adapters.push(adapter);
  }
  await Promise.all(adapters.map((a) => a.start()));
});

afterAll(async () => {
  for (const a of adapters) await a.stop();
  await server?.close();
});

describe('Discord shards', () => {
  it('each instance identifies with its own shard of the count', () => {
    expect([...server.identifiedShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("a guild's command is answered by the instance holding its shard; a direct message by shard 0's", async () => {
    const guildShard = server.shardOf(GUILD_ID);
    const inGuild = await server.response(server.slash('stats', [], { userId: '1700000000000000001' }));
    expect(inGuild.embeds[0]?.['title']).toMatch(/^50 papers by/);
    expect(handled[guildShard]).toEqual(['stats']);
    expect(handled[1 - guildShard]).toEqual([]);
    const dm = await server.response(server.slash('stats', [], { userId: '1700000000000000002', dm: true }));
    expect(dm.embeds[0]?.['title']).toMatch(/^50 papers by/);
    expect(handled[0]).toContain('stats');
    expect(handled.flat()).toHaveLength(2);
  });
});
