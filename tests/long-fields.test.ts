// Listing fields far beyond any platform limit (a 5,000-character title, author, comment or
// journal ref; 300 categories; a listing spanning 300 years): every message still fits.
import { describe, expect, it } from 'vitest';
import { TELEGRAM_LIMITS } from '../src/adapters/telegram/limits.js';
import { renderTelegram } from '../src/adapters/telegram/render.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import type { Reply } from '../src/chat/reply.js';
import type { Paper } from '../src/listing/paper.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { validateMessage } from './fakes/discord-server.js';
import { parseTelegramHtml } from './fakes/telegram-html.js';
import { fixtureIndex } from './helpers/fixture.js';

const base = fixtureIndex().papers[0] as Paper;
const giant: Paper = {
  ...base,
  id: 'giant-1',
  title: `Giant ${'title '.repeat(1000)}`.trim(),
  authors: [`Name${'x'.repeat(5000)}`, ...base.authors],
  comments: 'c'.repeat(5000),
  journalRef: 'j'.repeat(5000),
  categories: Array.from({ length: 300 }, (_, i) => `cs.X${i}`),
};
const years = Array.from({ length: 300 }, (_, i): Paper => ({
  ...base,
  id: `y${i}`,
  title: `Paper of year ${1700 + i}`,
  submitted: `${1700 + i}-01-01`,
  updated: `${1700 + i}-01-01`,
  announced: `${1700 + i}-01`,
}));
const index = PaperIndex.of([giant, ...years]);

const replies: Reply[] = [
  { kind: 'paper', paper: giant },
  { kind: 'papers', title: giant.title, items: [{ paper: giant, snippet: giant.title }] },
  { kind: 'stats', stats: index.stats(), source: 's'.repeat(3000) },
  { kind: 'error', message: `Unknown command /${'x'.repeat(4095)}.` },
];

describe('fields longer than any limit', () => {
  it.each(replies.map((r) => [r.kind, r] as const))('Telegram: %s fits', (_kind, reply) => {
    for (const m of renderTelegram(reply)) {
      const parsed = parseTelegramHtml(m.html);
      if ('error' in parsed) throw new Error(parsed.error);
      expect([...parsed.text].length).toBeLessThanOrEqual(TELEGRAM_LIMITS.messageLength);
    }
  });

  it.each(replies.map((r) => [r.kind, r] as const))('Discord: %s fits', (_kind, reply) => {
    const m = renderDiscord(reply);
    expect(() =>
      validateMessage({
        content: m.content,
        embeds: m.embeds,
        components: m.components,
        allowed_mentions: { parse: [] },
      }),
    ).not.toThrow();
  });
});
