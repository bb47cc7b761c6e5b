import { describe, expect, it } from 'vitest';
import { escapeHtml, escapedChunks } from '../src/adapters/telegram/html.js';
import { TELEGRAM_LIMITS } from '../src/adapters/telegram/limits.js';
import { pack, renderTelegram } from '../src/adapters/telegram/render.js';
import type { Paper } from '../src/listing/paper.js';
import { parseTelegramHtml } from './fakes/telegram-html.js';
import { fixtureIndex } from './helpers/fixture.js';

const index = fixtureIndex();

function visible(html: string): string {
  const parsed = parseTelegramHtml(html);
  if ('error' in parsed) throw new Error(`${parsed.error}\n${html.slice(0, 200)}`);
  return parsed.text;
}

describe("the fake server's HTML parser", () => {
  it('accepts what Telegram accepts and rejects the rest', () => {
    expect(parseTelegramHtml('<b>a &amp; b</b> <a href="https://x.y/?a=1&amp;b=2">l</a>')).toEqual({ text: 'a & b l' });
    expect(parseTelegramHtml('a < b')).toHaveProperty('error');
    expect(parseTelegramHtml('a & b')).toHaveProperty('error');
    expect(parseTelegramHtml('<b>open')).toHaveProperty('error');
    expect(parseTelegramHtml('<div>x</div>')).toHaveProperty('error');
    expect(parseTelegramHtml('<b><i>x</b></i>')).toHaveProperty('error');
  });
});

describe('Telegram renderer', () => {
  it('escapes listing and user text', () => {
    expect(escapeHtml('<b> & </b>')).toBe('&lt;b&gt; &amp; &lt;/b&gt;');
    const evil: Paper = {
      ...(index.papers[0] as Paper),
      title: 'A <script> & "quote" title',
      abstract: 'x < y && y > z',
      authors: ['<b>Bob</b>'],
    };
    for (const m of renderTelegram({ kind: 'paper', paper: evil })) {
      const text = visible(m.html);
      expect(text).toContain('A <script> & "quote" title');
      expect(text).toContain('x < y && y > z');
    }
    const r = renderTelegram({ kind: 'error', message: 'bad <input> & stuff' });
    expect(visible(r[0]?.html as string)).toContain('bad <input> & stuff');
  });

  it('keeps every message of every kind of reply within 4096 and valid HTML', () => {
    const replies = [
      { kind: 'author' as const, card: index.authors.card(index.authors.all()[0] as never) },
      { kind: 'stats' as const, stats: index.stats() },
      ...index.papers.map((paper) => ({ kind: 'paper' as const, paper })),
      {
        kind: 'papers' as const,
        title: 'all',
        items: index.papers.map((paper) => ({ paper, snippet: paper.abstract.slice(0, 200) })),
      },
    ];
    for (const reply of replies) {
      for (const m of renderTelegram(reply)) {
        expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.messageLength);
        expect([...visible(m.html)].length).toBeLessThanOrEqual(TELEGRAM_LIMITS.messageLength);
      }
    }
  });

  it('splits long lists between papers, not inside one', () => {
    const items = index.papers.map((paper) => ({ paper, snippet: paper.abstract.slice(0, 220) }));
    const messages = renderTelegram({ kind: 'papers', title: 'everything', items });
    expect(messages.length).toBeGreaterThan(1);
    const all = messages.map((m) => visible(m.html)).join('\n');
    for (const p of index.papers) expect(all).toContain(p.id);
    for (const m of messages.slice(1)) expect(visible(m.html)).toMatch(/^\d+\. /);
  });

  it('splits a paper whose abstract is longer than a message, at word boundaries', () => {
    const long: Paper = { ...(index.papers[1] as Paper), abstract: `${'word & <more> '.repeat(900)}end.` };
    const messages = renderTelegram({ kind: 'paper', paper: long });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.html.length).toBeLessThanOrEqual(4096);
    expect(messages.map((m) => visible(m.html)).join(' ')).toContain('end.');
    expect(escapedChunks('a&b '.repeat(3000), 100).every((c) => c.length <= 100 && !/&(?!amp;|lt;|gt;)/.test(c))).toBe(
      true,
    );
    expect(pack(['x'.repeat(10), 'y'.repeat(10)], 15)).toEqual(['x'.repeat(10), 'y'.repeat(10)]);
  });

  it('keeps callback data within 64 bytes and adds page buttons only with state', () => {
    const reply = {
      kind: 'papers' as const,
      title: 't',
      items: index.papers.slice(0, 5).map((paper) => ({ paper })),
      paging: { page: 2, pageCount: 3, pageSize: 5, total: 15, command: 'search', args: { query: 'x' } },
    };
    const [m] = renderTelegram(reply, { pageToken: 'AbCdEfGh' });
    const data = m?.keyboard?.flat().map((b) => b.callback_data) ?? [];
    expect(data).toContain('pg:AbCdEfGh:1');
    expect(data).toContain('pg:AbCdEfGh:3');
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    const [bare] = renderTelegram(reply);
    expect(bare?.keyboard?.flat().some((b) => b.callback_data.startsWith('pg:'))).toBe(false);
  });
});
