import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { cut, md } from '../src/adapters/discord/markdown.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { slashCommands } from '../src/adapters/discord/slash-commands.js';
import { ask } from '../src/ask/ask.js';
import type { Paper } from '../src/listing/paper.js';
import type { Reply } from '../src/chat/reply.js';
import { validateMessage } from './fakes/discord-server.js';
import { fixtureIndex } from './helpers/fixture.js';

const index = fixtureIndex();

/** The payload discord.js would send, checked by the fake's validator (Discord's limits). */
function check(reply: Reply, pageToken?: string) {
  const m = renderDiscord(reply, pageToken ? { pageToken } : {});
  validateMessage({ content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: { parse: [] } });
  return m;
}

describe('slash-command JSON from the zod schemas', () => {
  const json = slashCommands(commands);

  it('has one flat command per shared command, main argument first', () => {
    expect(json.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    for (const c of json) {
      expect(c.description.length).toBeLessThanOrEqual(100);
      const firstOptional = c.options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(c.options.slice(firstOptional).every((o) => !o.required)).toBe(true);
    }
    expect(json.find((c) => c.name === 'ask')?.options[0]).toEqual({
      type: 3,
      name: 'question',
      description: expect.any(String),
      required: true,
      max_length: 500,
    });
    expect(json.find((c) => c.name === 'latest')?.options).toEqual([
      expect.objectContaining({ name: 'count', type: 4, required: false, min_value: 1, max_value: 20 }),
      expect.objectContaining({
        name: 'kind',
        type: 3,
        choices: [
          { name: 'new', value: 'new' },
          { name: 'revised', value: 'revised' },
        ],
      }),
      expect.objectContaining({ name: 'page', type: 4 }),
    ]);
    expect(json.find((c) => c.name === 'paper')?.options[0]).toMatchObject({ name: 'ref', autocomplete: true });
    expect(json.find((c) => c.name === 'search')?.options[0]).not.toHaveProperty('autocomplete');
  });
});

describe('Discord renderer', () => {
  it('keeps every kind of reply within Discord limits', () => {
    const replies: Reply[] = [
      { kind: 'stats', stats: index.stats() },
      { kind: 'author', card: index.authors.card(index.authors.all()[0] as never) },
      {
        kind: 'coauthors',
        name: 'x',
        paperCount: 1,
        coauthors: index.authors.all().map((a) => ({ name: a.name, count: 1 })),
      },
      ...index.papers.map((paper): Reply => ({ kind: 'paper', paper })),
      {
        kind: 'papers',
        title: 't'.repeat(400),
        items: index.papers.map((paper) => ({ paper, snippet: paper.abstract })),
      },
      { kind: 'answer', question: 'q', ...ask(index, 'How many papers are there?') },
      {
        kind: 'help',
        commands: commands.map((c) => ({ name: c.name, description: c.description, options: [], examples: [] })),
      },
      { kind: 'error', message: 'e'.repeat(5000) },
    ];
    for (const r of replies) check(r, 'tok');
  });

  it('escapes Markdown in listing and user text', () => {
    expect(md('**bold** _x_ [a](b) `c`')).toBe('\\*\\*bold\\*\\* \\_x\\_ \\[a\\](b) \\`c\\`');
    const evil: Paper = {
      ...(index.papers[0] as Paper),
      authors: ['**Bob** @everyone'],
      abstract: '__under__ ||spoiler||',
    };
    const m = check({ kind: 'paper', paper: evil });
    expect(m.embeds[0]?.description).toBe('\\_\\_under\\_\\_ \\|\\|spoiler\\|\\|');
    expect(JSON.stringify(m.embeds[0]?.fields)).toContain('\\\\*\\\\*Bob\\\\*\\\\*');
    expect(cut('abc\\def', 4)).toBe('abc…');
  });

  it('adds Prev/Next only with page state, and abstract buttons', () => {
    const reply: Reply = {
      kind: 'papers',
      title: 't',
      items: index.papers.slice(0, 5).map((paper) => ({ paper })),
      paging: { page: 1, pageCount: 2, pageSize: 5, total: 10, command: 'search', args: { query: 'x' } },
    };
    const withState = check(reply, 'tok');
    const ids = withState.components.flatMap((r) => r.components.map((b) => b.custom_id));
    expect(ids).toContain('pg:tok:2');
    expect(withState.components[0]?.components[0]).toMatchObject({ label: '◀ Prev', disabled: true });
    expect(
      check(reply)
        .components.flatMap((r) => r.components)
        .every((b) => !b.custom_id?.startsWith('pg:')),
    ).toBe(true);
    expect(withState.components.at(-1)?.components).toHaveLength(5);
  });

  it('makes errors ephemeral', () => {
    expect(renderDiscord({ kind: 'error', message: 'no' }).ephemeral).toBe(true);
    expect(renderDiscord({ kind: 'stats', stats: index.stats() }).ephemeral).toBe(false);
  });
});
