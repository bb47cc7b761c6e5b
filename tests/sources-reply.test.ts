// The reply of /listing: each source of a chat and how it stands, in words, in --json, and within
// what Telegram and Discord take.
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { TELEGRAM_LIMITS } from '../src/adapters/telegram/limits.js';
import { renderTelegram } from '../src/adapters/telegram/render.js';
import type { Reply } from '../src/chat/reply.js';
import { replyToJson } from '../src/chat/reply-json.js';
import { MAX_SOURCES_PER_CHAT } from '../src/sources/chat-listings.js';
import type { SourceView } from '../src/sources/source-views.js';
import { validateMessage } from './fakes/discord-server.js';
import { shown } from './helpers/listing-bot.js';

describe('the sources reply', () => {
  const at = new Date('2026-12-01T12:00:00Z');
  const hoursAgo = (h: number) => new Date(at.getTime() - h * 3_600_000);
  const base = { version: 1, problems: [], createdAt: hoursAgo(100), addedAt: hoursAgo(100) };
  const sources: SourceView[] = [
    {
      ...base,
      n: 1,
      id: 1,
      kind: 'query',
      key: 'cat:cs.DC',
      label: 'cat:cs.DC',
      papers: 0,
      fetching: { fetched: 800, target: 2000 },
    },
    {
      ...base,
      n: 2,
      id: 2,
      kind: 'query',
      key: 'au:Mahajan',
      label: 'au:Mahajan',
      papers: 48,
      total: 48,
      refreshedAt: hoursAgo(72),
      error: { at: hoursAgo(2), message: 'arXiv could not be reached' },
      nextRefreshAt: new Date(at.getTime() + 10 * 60_000),
    },
    {
      ...base,
      n: 3,
      id: 3,
      kind: 'file',
      key: 'telegram:c1:gpt.txt',
      label: 'gpt.txt',
      papers: 50,
      refreshedAt: hoursAgo(3),
      problems: ['line 3: no title', 'line 9: no authors'],
    },
  ];

  it('says for each source how it stands: a fetch under way, a failure and the last success, file problems', () => {
    const reply: Reply = { kind: 'sources', sources, at, howToAdd: 'Follow a query.' };
    expect(shown(reply).split('\n')).toEqual([
      "This chat's own listing",
      '1. cat:cs.DC — arXiv query: not fetched yet; fetching: 800 of 2,000',
      '2. au:Mahajan — arXiv query: 48 papers (48 on arXiv); the last refresh failed 2 h ago (arXiv could not be reached); last success 3 days ago; next refresh in 10 min',
      '3. gpt.txt — listing file: 50 papers, read 3 h ago; 2 problems (line 3: no title)',
      "/unfollow N removes source N; /listing reset returns to the bot's listing. Follow a query.",
    ]);
    expect(replyToJson(reply)).toMatchObject({
      kind: 'sources',
      sources: [
        { n: 1, kind: 'query', query: 'cat:cs.DC', fetching: { fetched: 800, target: 2000 } },
        { n: 2, error: { at: hoursAgo(2).toISOString(), message: 'arXiv could not be reached' } },
        { n: 3, kind: 'file', label: 'gpt.txt', papers: 50, problems: ['line 3: no title', 'line 9: no authors'] },
      ],
    });
    expect(replyToJson(reply)).not.toHaveProperty('sources.2.query');
  });

  it('stays within Telegram and Discord limits with the most sources a chat may hold, each at its longest', () => {
    const long: SourceView[] = Array.from({ length: MAX_SOURCES_PER_CHAT }, (_, i) => ({
      ...(sources[1] as SourceView),
      n: i + 1,
      label: `abs:"${'mixture of experts '.repeat(60)}"`,
      error: { at: hoursAgo(2), message: 'x'.repeat(2000) },
      problems: ['p'.repeat(2000)],
    }));
    const reply: Reply = { kind: 'sources', sources: long, at, howToAdd: 'Follow a query.' };
    for (const m of renderTelegram(reply)) expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.messageLength);
    const discord = renderDiscord(reply);
    validateMessage({
      content: discord.content,
      embeds: discord.embeds,
      components: discord.components,
      allowed_mentions: { parse: [] },
    });
  });
});
