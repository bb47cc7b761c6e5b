// The reply document: each kind of reply as a document, and backends that apply their platform's
// limits to any document. Every expected value is written by hand from the papers built here.
import { describe, expect, it } from 'vitest';
import { documentText } from '../src/adapters/console/document-text.js';
import { discordMessage } from '../src/adapters/discord/render.js';
import { TELEGRAM_LIMITS } from '../src/adapters/telegram/limits.js';
import { telegramMessages } from '../src/adapters/telegram/render.js';
import type { Block, ReplyDocument } from '../src/chat/document.js';
import { replyDocument } from '../src/chat/documents/index.js';
import { withActions } from '../src/chat/reply-actions.js';
import { commands } from '../commands/index.js';
import type { Reply } from '../src/chat/reply.js';
import type { Paper } from '../src/listing/paper.js';
import { validateMessage } from './fakes/discord-server.js';
import { parseTelegramHtml } from './fakes/telegram-html.js';

const paper = (n: number, over: Partial<Paper> = {}): Paper => ({
  id: `2501.0000${n}`,
  arxivId: `2501.0000${n}`,
  title: `Paper number ${n}`,
  authors: ['Ann A', 'Bob B', 'Cid C', 'Dee D'],
  hiddenAuthorCount: 0,
  abstract: 'First paragraph.\nSecond paragraph.',
  abstractRaw: 'First paragraph.\nSecond paragraph.',
  abstractComplete: true,
  submitted: '2025-01-02',
  updated: '2025-03-05',
  revised: true,
  announced: '2025-01',
  categories: ['cs.LG', 'cs.AI'],
  links: {
    abs: `https://arxiv.org/abs/2501.0000${n}`,
    pdf: `https://arxiv.org/pdf/2501.0000${n}`,
    search: 'https://arxiv.org/search/?searchtype=title&query=x',
  },
  urls: ['https://github.com/ann/code'],
  line: n,
  ...over,
});

const NO_BUTTONS = { nav: [], abstracts: [], similar: [], paper: [], candidates: [] };
const blocksOf = (doc: ReplyDocument, type: Block['type']) => doc.blocks.filter((b) => b.type === type);

describe('each kind of reply as a document', () => {
  it('papers: a page numbered on, entries keeping the author asked about, notes, intro and paging', () => {
    const paging = { page: 2, pageCount: 3, pageSize: 2, total: 6, command: 'search', args: { query: 'x' } };
    const doc = replyDocument(
      {
        kind: 'papers',
        title: 'Six papers',
        intro: 'Subscribed.',
        notes: ['Read "lerning" as "learning".'],
        asked: ['Dee D'],
        items: [
          { paper: paper(3), snippet: 'a snippet' },
          { paper: paper(4, { revised: false, updated: '2025-01-02' }) },
        ],
        paging,
      },
      { pageToken: 'tok' },
    );
    expect(doc.title).toEqual({ text: 'Six papers' });
    expect(doc.intro).toBe('Subscribed.');
    expect(doc.paging).toEqual(paging);
    expect(doc.blocks).toEqual([
      { type: 'text', tone: 'note', lines: [['Read "lerning" as "learning".']] },
      {
        type: 'papers',
        more: 0,
        entries: [
          {
            n: 3,
            title: 'Paper number 3',
            url: 'https://arxiv.org/abs/2501.00003',
            id: '2501.00003',
            authors: 'Ann A, … Dee D +2',
            dates: '2 Jan 2025, revised 5 Mar 2025',
            snippet: 'a snippet',
          },
          {
            n: 4,
            title: 'Paper number 4',
            url: 'https://arxiv.org/abs/2501.00004',
            id: '2501.00004',
            authors: 'Ann A, … Dee D +2',
            dates: '2 Jan 2025',
          },
        ],
      },
    ]);
    expect(doc.buttons.abstracts.map((b) => b.label)).toEqual(['Abstract 3', 'Abstract 4']);
    expect(doc.buttons.nav.map((b) => b.data)).toEqual(['pg:tok:1', 'pg:tok:3']);
    expect(doc.tone).toBe('normal');
  });

  it('papers: three authors where a terminal line has room, no paging on a single page', () => {
    const doc = replyDocument(
      {
        kind: 'papers',
        title: 't',
        items: [{ paper: paper(1) }],
        paging: { page: 1, pageCount: 1, pageSize: 5, total: 1, command: 'latest', args: {} },
      },
      { listAuthors: 3 },
    );
    expect(doc.paging).toBeUndefined();
    expect(doc.blocks[0]).toMatchObject({ entries: [{ authors: 'Ann A, Bob B, Cid C +1' }] });
  });

  it('paper: metadata fields, the abstract by paragraph, links, id and its own buttons', () => {
    // The buttons a paper offers are the commands' declarations, filled in as the pipeline does.
    const doc = replyDocument(
      withActions({ kind: 'paper', paper: paper(1, { comments: '9 pages', hiddenAuthorCount: 2 }) }, commands),
    );
    expect(doc.title).toEqual({ text: 'Paper number 1', url: 'https://arxiv.org/abs/2501.00001' });
    expect(blocksOf(doc, 'fields')).toEqual([
      {
        type: 'fields',
        rows: [
          [{ name: 'Authors (6 authors (4 listed))', value: 'Ann A, Bob B, Cid C, Dee D, and 2 more not shown' }],
          [
            { name: 'First version', value: '2 Jan 2025', inline: true },
            { name: 'Latest version', value: '5 Mar 2025', inline: true },
            { name: 'Announced', value: 'Jan 2025', inline: true },
          ],
          [{ name: 'arXiv', value: '2501.00001 · cs.LG cs.AI', inline: true }],
          [{ name: 'Comments', value: '9 pages' }],
        ],
      },
    ]);
    expect(blocksOf(doc, 'text')).toEqual([
      { type: 'text', lines: [['First paragraph.']] },
      { type: 'text', lines: [['Second paragraph.']] },
    ]);
    expect(blocksOf(doc, 'links')).toEqual([
      {
        type: 'links',
        links: [
          { label: 'Link', url: 'https://arxiv.org/abs/2501.00001' },
          { label: 'PDF', url: 'https://arxiv.org/pdf/2501.00001' },
          { label: 'https://github.com/ann/code', url: 'https://github.com/ann/code' },
        ],
      },
    ]);
    expect(doc.footer).toEqual(['id ', { text: '2501.00001', code: true }]);
    expect(doc.buttons.paper.map((b) => b.label)).toEqual(['Similar papers', 'BibTeX']);
  });

  it('author: count in the title, span, top coauthors, the papers with the author kept visible', () => {
    const card = {
      name: 'Dee D',
      paperCount: 2,
      papers: [paper(1), paper(2)],
      first: '2024-06-01',
      last: '2025-01-02',
      coauthors: [
        { name: 'Ann A', count: 2 },
        { name: 'Bob B', count: 1 },
      ],
    };
    const doc = replyDocument({ kind: 'author', card });
    expect(doc.title).toEqual({ text: 'Dee D: 2 papers', subtitle: '1 Jun 2024 to 2 Jan 2025' });
    expect(doc.blocks[0]).toEqual({
      type: 'fields',
      rows: [[{ name: 'Top coauthors', value: 'Ann A (2), Bob B (1)' }]],
    });
    const [list] = blocksOf(doc, 'papers');
    expect(list).toMatchObject({ entries: [{ n: 1, authors: 'Ann A, … Dee D +2' }, { n: 2 }], more: 0 });
    expect(doc.buttons.abstracts.map((b) => b.label)).toEqual(['Abstract 1', 'Abstract 2']);
  });

  it('answer: the answer, what was understood, ten papers and how many more', () => {
    const papers = Array.from({ length: 12 }, (_, i) => paper(i + 1));
    const reply: Reply = { kind: 'answer', question: 'q', answer: '12 papers.', understood: 'all papers', papers };
    const doc = replyDocument(reply);
    expect(doc.blocks[0]).toEqual({ type: 'text', lines: [['12 papers.']] });
    expect(doc.blocks[1]).toEqual({ type: 'aside', label: 'Understood', text: 'all papers' });
    expect(doc.blocks[2]).toMatchObject({ type: 'papers', more: 2 });
    expect((doc.blocks[2] as Block & { type: 'papers' }).entries.map((e) => e.n)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(replyDocument({ ...reply, declined: true }).blocks.some((b) => b.type === 'aside')).toBe(false);
  });

  it('coauthors, candidates, stats, help, text and error', () => {
    const coauthors = replyDocument({
      kind: 'coauthors',
      name: 'Dee D',
      paperCount: 2,
      coauthors: [
        { name: 'Ann A', count: 2 },
        { name: 'Bob B', count: 1 },
      ],
    });
    expect(coauthors.title).toEqual({ text: 'Dee D: 2 coauthors over 2 papers' });
    expect(coauthors.blocks).toEqual([
      { type: 'list', items: [['Ann A: 2 shared papers'], ['Bob B: 1 shared paper']] },
    ]);

    const candidates: Reply = withActions(
      {
        kind: 'candidates',
        title: 'Did you mean:',
        query: 'Dee',
        didYouMean: true,
        command: 'author',
        candidates: [{ name: 'Dee D', paperCount: 2 }],
      },
      commands,
    );
    expect(replyDocument(candidates).blocks).toEqual([
      { type: 'list', items: [['Dee D (2 papers)']] },
      { type: 'text', lines: [['Try: /author Dee D']] },
    ]);
    expect(replyDocument(candidates, { commandStyle: 'slash' }).blocks).toHaveLength(1);
    expect(replyDocument(candidates).buttons.candidates).toEqual([{ label: 'Dee D', data: 'au:Dee D' }]);

    const stats = replyDocument({
      kind: 'stats',
      stats: {
        papers: 3,
        authors: 4,
        revised: 1,
        perYear: [{ year: 2025, count: 3 }],
        topAuthors: [{ name: 'Ann A', count: 3 }],
        topTerms: [{ term: 'graphs', count: 2 }],
        oldest: '2025-01-02',
        newest: '2025-03-05',
      },
    });
    expect(stats.title).toEqual({ text: '3 papers by 4 authors', subtitle: '2 Jan 2025 to 5 Mar 2025; 1 revised.' });
    expect(stats.blocks).toEqual([
      {
        type: 'fields',
        rows: [
          [{ name: 'Per year', value: '2025: 3', inline: true }],
          [{ name: 'Most prolific', value: 'Ann A (3)', inline: true }],
          [{ name: 'Frequent words', value: 'graphs (2)' }],
        ],
      },
    ]);

    const help = { name: 'stats', description: 'Listing statistics', options: [], examples: ['stats'] };
    expect(replyDocument({ kind: 'help', commands: [help] }, { howToAsk: 'Just ask.' }).blocks).toEqual([
      { type: 'fields', stacked: true, rows: [[{ name: '/stats', value: 'Listing statistics' }]] },
      { type: 'text', lines: [['Just ask.']] },
    ]);
    expect(replyDocument({ kind: 'help', commands: [help], topic: 'stats' }).blocks).toEqual([
      { type: 'text', lines: [['Listing statistics']] },
      { type: 'text', lines: [['Examples:', ' ', { text: '/stats', code: true }]] },
    ]);

    expect(replyDocument({ kind: 'text', title: 'T', text: 'a\nb' })).toMatchObject({
      title: { text: 'T' },
      blocks: [{ type: 'text', lines: [['a'], ['b']] }],
    });
    expect(replyDocument({ kind: 'error', message: 'No.', hint: 'Try again.' })).toEqual({
      tone: 'error',
      blocks: [{ type: 'text', lines: [['No.'], [{ text: 'Try again.', italic: true }]] }],
      buttons: NO_BUTTONS,
    });
  });

  it('bibtex: one entry as code with its .bib file to fall back on, several as a file only', () => {
    const entry = (key: string) => ({ key, paperId: key, text: `@misc{${key},\n  title = {T}\n}` });
    const one = replyDocument({ kind: 'bibtex', title: 'BibTeX', entries: [entry('ann2025')] });
    expect(one.blocks).toEqual([{ type: 'code', language: 'bibtex', text: '@misc{ann2025,\n  title = {T}\n}' }]);
    expect(one.attachment).toEqual({
      name: 'ann2025.bib',
      content: '@misc{ann2025,\n  title = {T}\n}\n',
      header: '% BibTeX',
    });
    const two = replyDocument({ kind: 'bibtex', title: 'Two', entries: [entry('a1'), entry('b2')] });
    expect(two.blocks).toEqual([]);
    expect(two.attachment?.name).toBe('references.bib');
    expect(two.attachment?.content).toBe('@misc{a1,\n  title = {T}\n}\n\n@misc{b2,\n  title = {T}\n}\n');
  });
});

describe('backends apply their limits to any document', () => {
  const words = 'word '.repeat(1000).trim();
  const doc: ReplyDocument = {
    title: { text: 'A long line' },
    blocks: [{ type: 'text', lines: [[words]] }],
    buttons: NO_BUTTONS,
    tone: 'normal',
  };

  it('Telegram cuts a 5,000-character line at spaces into messages within 4096, losing no word', () => {
    const messages = telegramMessages(doc);
    expect(messages.length).toBe(2);
    let shown = '';
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.messageLength);
      const parsed = parseTelegramHtml(m.html);
      if ('error' in parsed) throw new Error(parsed.error);
      shown += ` ${parsed.text}`;
    }
    expect(shown.match(/\bword\b/g)).toHaveLength(1000);
    expect(shown).toContain('A long line');
  });

  it('Discord cuts the description to 4096, fields to 1024, and the whole embed to 6000', () => {
    const long = discordMessage({ ...doc, blocks: [{ type: 'text', lines: [['x'.repeat(5000)]] }] });
    expect(long.embeds[0]?.description?.length).toBe(4096);
    const fields: Block = {
      type: 'fields',
      rows: Array.from({ length: 30 }, (_, i) => [{ name: `f${i}`, value: 'v'.repeat(2000) }]),
    };
    const m = discordMessage({ ...doc, blocks: [fields] });
    const shown = m.embeds[0]?.fields ?? [];
    // 'A long line' (11) and five fields of 2 + 1024 make 5141; a sixth would pass 6000.
    expect(shown.map((f) => f.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(shown.every((f) => f.value.length === 1024)).toBe(true);
    for (const message of [long, m])
      expect(() =>
        validateMessage({ embeds: message.embeds, components: message.components, allowed_mentions: { parse: [] } }),
      ).not.toThrow();
  });

  it('the console wraps a long line at 100 columns and cuts a list at 30 items', () => {
    const text = documentText({
      ...doc,
      blocks: [...doc.blocks, { type: 'list', items: Array.from({ length: 35 }, (_, i) => [`name ${i}`]) }],
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('A long line');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.filter((l) => /^ {2}name \d+$/.test(l))).toHaveLength(30);
    expect(lines.at(-1)).toBe('  … and 5 more');
  });
});
