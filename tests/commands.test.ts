import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../commands/index.js';
import { checkCommands, defineCommand, executeCommand } from '../src/chat/command.js';
import { describeOptions } from '../src/chat/command-options.js';
import { UserError } from '../src/base/errors.js';
import { formatCommandLine, parseTextArgs } from '../src/chat/text-args.js';
import { consoleSession, loggedErrors } from './helpers/console.js';
import { authorLine, entriesHiding, rawPapersNaming, shownCount } from './helpers/entry-authors.js';
import { RAW_ENTRIES, fixtureIndex, rawPapersBy } from './helpers/fixture.js';

describe('command declarations', () => {
  it('satisfy Discord and Telegram naming rules', () => {
    expect(checkCommands(commands)).toEqual([]);
    expect(commands.map((c) => c.name)).toEqual([
      'ask',
      'search',
      'author',
      'coauthors',
      'latest',
      'paper',
      'similar',
      'bibtex',
      'stats',
      'listing',
      'follow',
      'unfollow',
      'subscribe',
      'unsubscribe',
      'subscriptions',
      'digest',
      'help',
    ]);
  });

  it('catch a name or description that breaks the rules', () => {
    const bad = defineCommand({
      name: 'Bad-Name',
      description: 'x'.repeat(101),
      options: z.object({ a: z.string().optional(), b: z.string() }),
      run: () => ({ kind: 'text', text: '' }),
    });
    const problems = checkCommands([bad]);
    expect(problems.join('\n')).toMatch(/name must match/);
    expect(problems.join('\n')).toMatch(/description must be 1-100/);
    expect(problems.join('\n')).toMatch(/required option "b" comes after an optional one/);
  });

  it('read option specs from zod, main argument first', () => {
    const search = commands.find((c) => c.name === 'search');
    if (!search) throw new Error('no search');
    expect(describeOptions(search.options)).toEqual([
      expect.objectContaining({ name: 'query', type: 'string', required: true, maxLength: 300 }),
      expect.objectContaining({ name: 'limit', type: 'integer', required: false, min: 1, max: 20, default: 5 }),
      expect.objectContaining({ name: 'page', type: 'integer', required: false, default: 1 }),
    ]);
  });

  it('parse typed arguments and write them back', () => {
    const search = commands.find((c) => c.name === 'search');
    const latest = commands.find((c) => c.name === 'latest');
    if (!search || !latest) throw new Error('missing');
    expect(parseTextArgs(search, 'mixture of experts --limit 3 --page=2')).toEqual({
      query: 'mixture of experts',
      limit: 3,
      page: 2,
    });
    expect(parseTextArgs(latest, 'revised 10')).toEqual({ kind: 'revised', count: 10 });
    expect(parseTextArgs(latest, 'ten')).toEqual({ count: 'ten' });
    expect(formatCommandLine(search, { query: 'llm', limit: 5, page: 2 })).toBe('/search llm --page 2');
  });

  it('turn unexpected failures into a generic reply and log them', async () => {
    const boom = defineCommand({
      name: 'boom',
      description: 'fails',
      options: z.object({}),
      run: () => {
        throw new Error('kaput');
      },
    });
    const polite = defineCommand({
      name: 'polite',
      description: 'fails politely',
      options: z.object({}),
      run: () => {
        throw new UserError('No such thing.', 'Try again.');
      },
    });
    const errors: unknown[] = [];
    const ctx = { index: fixtureIndex(), platform: 'console' as const, commands, now: () => new Date() };
    const r1 = await executeCommand(boom, {}, ctx, {
      error: (o) => errors.push(o),
      warn: () => undefined,
      info: () => undefined,
    });
    expect(r1).toEqual({ kind: 'error', message: expect.stringMatching(/something went wrong/) });
    expect(errors).toHaveLength(1);
    expect(
      await executeCommand(polite, {}, ctx, {
        error: (o) => errors.push(o),
        warn: () => undefined,
        info: () => undefined,
      }),
    ).toEqual({ kind: 'error', message: 'No such thing.', hint: 'Try again.' });
  });
});

describe('commands through the console chat', () => {
  it('search ranks MoETuner first and pages on', async () => {
    const out = await consoleSession(['/search mixture of experts']);
    expect(out.split('\n')[0]).toMatch(/^\d+ papers? match "mixture of experts"/);
    expect(out).toMatch(/ 1\. MoETuner:/);
    // The bundled listing is a copy without categories: a category filter says why it finds nothing.
    expect(await consoleSession(['/search cat:cs.CL'])).toMatch(/without categories cannot be\s+matched by\s+category/);
    const page2 = await consoleSession(['/search models --limit 2 --page 2']);
    expect(page2).toMatch(/^ 3\. /m);
    expect(page2).toMatch(/Page 2 of \d+\. Type next for page 3, prev for page 1\./);
  });

  it('pages the last list with next and prev, like the buttons; says so when there is nothing to page', async () => {
    const newest = [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted));
    const pageOf = (out: string) => /^Page (\d+) of (\d+)/m.exec(out)?.slice(1).map(Number);
    const pages = (await consoleSession(['/latest 20', 'next', 'NEXT', 'next', '/prev', 'prev', 'prev', 'prev']))
      .split('\n')
      .filter((l) => /^Page \d+ of|^That was|^There is no/.test(l));
    expect(pages).toEqual([
      'Page 1 of 3. Type next for page 2.',
      'Page 2 of 3. Type next for page 3, prev for page 1.',
      'Page 3 of 3. Type prev for page 2.',
      'That was the last page (3 of 3).',
      'Page 2 of 3. Type next for page 3, prev for page 1.',
      'Page 1 of 3. Type next for page 2.',
      'That was the first page (1 of 3).',
      'That was the first page (1 of 3).',
    ]);
    const second = await consoleSession(['/latest 20', 'next']);
    // Page 2 lists the 21st to 40th newest papers, numbered on.
    expect(second).toContain(`21. ${newest[20]?.title}`);
    expect(second).toContain(`40. ${newest[39]?.title}`);
    expect(pageOf(second.slice(second.indexOf('21. ')))).toEqual([2, 3]);
    // Nothing to page: said, not searched for.
    expect(await consoleSession(['next'])).toMatch(/^There is no list to page\./);
    expect(await consoleSession(['/prev'])).toMatch(/^There is no list to page\./);
    // A list of one page replaces the last list.
    expect(await consoleSession(['/latest 20', '/search stragglers', 'next'])).toMatch(
      /That list has only one page\.\n*$/,
    );
  });

  it('plain text is a question; bare keywords list matching papers', async () => {
    expect(await consoleSession(['stragglers'])).toMatch(
      /^Papers about "stragglers": 1\.[\s\S]*FLuID: Mitigating Stragglers/,
    );
    const answer = (await consoleSession(['Who wrote MoETuner?'])).replace(/\s+/g, ' ');
    expect(answer).toMatch(
      /^"MoETuner: .*" was written by Seokjin Go and Divya Mahajan\. \(understood: the authors of/,
    );
    expect(await consoleSession(['/ask'])).toMatch(/Missing question/);
  });

  it('author shows the card, candidates, or suggestions', async () => {
    const card = await consoleSession(['/author Dhruv Mahajan']);
    expect(card).toMatch(/^Dhruv Mahajan: 10 papers/);
    for (const r of rawPapersBy('Dhruv Mahajan')) expect(card).toContain(r.title);
    const ambiguous = await consoleSession(['/author Mahajan']);
    expect(ambiguous).toMatch(/9 authors match "Mahajan"; which one\?/);
    expect(await consoleSession(['/author Divyat Mahajn'])).toMatch(/Did you mean:\n {2}Divyat Mahajan \(11 papers\)/);
    expect(await consoleSession(['/author Zebediah Quux'])).toMatch(/No author named "Zebediah Quux"/);
  });

  it('lists keep the author asked about visible, wherever they stand among the authors', async () => {
    const DIVYA = /^Divya Mahajan$/;
    const divya = rawPapersNaming(DIVYA);
    const card = await consoleSession(['/author Divya Mahajan']);
    expect(shownCount(card, divya)).toBe(divya.length);
    expect(entriesHiding(card, divya, DIVYA)).toEqual([]);
    // Eighth of eight authors, three shown: the first two, a gap, then her.
    expect(authorLine(card, 'Characterizing the Efficiency of')).toMatch(
      /^ {4}Seokjin Go, Joongun Park, … Divya Mahajan \+5 · /,
    );
    const search = await consoleSession(['/search author:"Divya Mahajan" --limit 20']);
    expect(shownCount(search, divya)).toBe(divya.length);
    expect(entriesHiding(search, divya, DIVYA)).toEqual([]);
    const MAHAJAN = /\bMahajan$/;
    const everyone = rawPapersNaming(MAHAJAN);
    const pages = await consoleSession([1, 2, 3].map((n) => `/search author:Mahajan --limit 20 --page ${n}`));
    expect(shownCount(pages, everyone)).toBe(everyone.length);
    expect(entriesHiding(pages, everyone, MAHAJAN)).toEqual([]);
    const answer = await consoleSession(['Which papers did Divya Mahajan write in 2024?']);
    expect(shownCount(answer, divya)).toBeGreaterThan(0);
    expect(entriesHiding(answer, divya, DIVYA)).toEqual([]);
  });

  it('coauthors ranks by shared papers', async () => {
    const out = await consoleSession(['/coauthors Dhruv Mahajan']);
    expect(out).toMatch(/Abhimanyu Dubey: 6 shared papers/);
  });

  it('latest lists the newest first, and revised papers', async () => {
    const newest = [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted));
    const out = await consoleSession(['/latest 2']);
    expect(out).toContain(` 1. ${newest[0]?.title}`);
    expect(out).toContain(` 2. ${newest[1]?.title}`);
    expect(out).not.toContain(' 3. ');
    expect(await consoleSession(['/latest revised 1'])).toMatch(/Recently revised papers \(29\)/);
  });

  it('paper shows details, or asks which one', async () => {
    const out = await consoleSession(['/paper MoETuner']);
    expect(out).toMatch(/^MoETuner: Optimized Mixture/);
    expect(out).toMatch(/First version: 10 Feb 2025/);
    expect(await consoleSession(['/paper qqqq zzzz'])).toMatch(/No paper matches "qqqq zzzz"/);
  });

  it('stats and help', async () => {
    expect(await consoleSession(['/stats'])).toMatch(/^50 papers by 273 authors/);
    const help = await consoleSession(['/help']);
    for (const c of commands) expect(help).toContain(`/${c.name}`);
    expect(await consoleSession(['/help search'])).toMatch(/limit: Papers per page/);
    expect(await consoleSession(['/help nope'])).toMatch(/There is no command "nope"/);
  });

  it('answers bad input clearly and keeps going', async () => {
    const out = await consoleSession([
      '/search',
      '/search    ',
      `/search ${'x'.repeat(400)}`,
      '/latest 500',
      '/nope',
      '/search <b>bold</b> & "quotes',
      '',
      'a'.repeat(20_000),
      '/search stragglers',
    ]);
    expect(out).toMatch(/Missing query: what to look for/);
    expect(out).toMatch(/query is too long \(400 characters\); at most 300/);
    expect(out).toMatch(/count must be a whole number from 1 to 20, not "500"/);
    expect(out).toMatch(/Unknown command \/nope\./);
    expect(out).toMatch(/I read at most 10000/);
    expect(out).toMatch(/FLuID/);
    expect(loggedErrors).toEqual([]);
  });
});
