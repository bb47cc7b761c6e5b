// /listing add: listing files sent in a chat (or named in the console) become its sources; what
// the reply counts is counted again here from the files' raw lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IncomingFile } from '../src/chat/incoming-file.js';
import { FIXTURE_PATH, RAW_ENTRIES } from './helpers/fixture.js';
import { ids, listingBots, live, rawTitle, realFile, sentFile, shown } from './helpers/listing-bot.js';
import { readRaw, realPath } from './helpers/raw-copied.js';

const bot = listingBots();

describe('/listing add', () => {
  it('loads a file sent with /listing, counts its papers, and replaces one of the same name', async () => {
    const { say } = await bot();
    const gpt = readRaw('gpt-search-2024-09').length;
    const loaded = await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt') });
    expect(shown(loaded)).toContain(`Loaded ${gpt} papers from gpt.txt`);
    expect(shown(loaded)).toContain('only its own sources');

    const mahajan = sentFile('mahajan.txt', readFileSync(FIXTURE_PATH));
    expect(shown(await say('/listing add', { file: mahajan }))).toContain(
      `Loaded ${RAW_ENTRIES.length} papers from mahajan.txt`,
    );
    const distributed = readRaw('distributed-systems').length;
    const again = await say('/listing add', { file: realFile('distributed-systems', 'gpt.txt') });
    expect(shown(again)).toContain(`Loaded ${distributed} papers from gpt.txt, replacing the earlier gpt.txt`);

    const listing = shown(await say('/listing'));
    expect(listing).toContain(`1. gpt.txt — listing file: ${distributed} papers, read just now`);
    expect(listing).toContain(`2. mahajan.txt — listing file: ${RAW_ENTRIES.length} papers, read just now`);
    expect(listing).not.toContain('3.');
  });

  it("keeps the chat's sources when a file is no listing, and refuses a large one before downloading it", async () => {
    const { say } = await bot();
    await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt') });
    expect(await say('/listing', { file: sentFile('notes.txt', 'Shopping: milk, eggs.\n') })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(
        /^No paper could be read from notes\.txt.*; this chat's sources are as they were\.$/,
      ),
    });
    const photo = sentFile('photo.png', 'PNG');
    expect(await say('/listing add', { file: photo })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('photo.png is not a listing file'),
    });
    const huge = sentFile('huge.html', '<html></html>', 6 * 1024 * 1024);
    expect(await say('/listing add', { file: huge })).toMatchObject({
      kind: 'error',
      message: 'huge.html has 6.0 MB; a listing file may have at most 5 MB.',
    });
    expect(photo.reads + huge.reads).toBe(0);
    const listing = shown(await say('/listing'));
    expect(listing).toContain('1. gpt.txt');
    expect(listing).not.toContain('2.');
  });

  it("answers /search from the chat's own papers only; another chat still gets the bot's listing", async () => {
    const { say } = await bot();
    await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt'), chat: 'reading-group' });
    const own = rawTitle('gpt-search-2024-09', 0);
    const bots = live.current.newest[0];
    if (!bots) throw new Error('the bot listing is empty');

    expect(ids(await say(`/search ${own.title}`, { chat: 'reading-group' }))).toContain(own.id);
    const theirs = await say(`/search ${bots.title}`, { chat: 'reading-group' });
    expect(theirs.kind === 'papers' ? theirs.items.map((i) => i.paper.title) : []).not.toContain(bots.title);

    expect(ids(await say(`/search ${own.title}`, { chat: 'elsewhere' }))).not.toContain(own.id);
    const elsewhere = await say(`/search ${bots.title}`, { chat: 'elsewhere' });
    expect(elsewhere.kind === 'papers' ? elsewhere.items.map((i) => i.paper.id) : []).toContain(bots.id);
  });

  it('names the first problems of a file, line by line, and counts the rest', async () => {
    const { say } = await bot();
    // Seven entries lose their "Authors:" line: each is a problem at its id line, as the file now numbers it.
    const entries = readRaw('gpt-search-2024-09');
    const broken = new Set(entries.slice(1, 8).map((e) => e.id));
    const lines: string[] = [];
    const idLines: number[] = [];
    let entry = '';
    for (const line of readFileSync(realPath('gpt-search-2024-09'), 'utf8').split('\n')) {
      if (line.startsWith('arXiv:')) entry = line.slice('arXiv:'.length).split(/\s/)[0] as string;
      if (broken.has(entry) && line.startsWith('Authors:')) continue;
      lines.push(line);
      if (line.startsWith('arXiv:') && broken.has(entry)) idLines.push(lines.length);
    }
    const said = shown(await say('/listing', { file: sentFile('broken.txt', lines.join('\n')) })).split('\n');
    expect(said[0]).toBe(`Loaded ${entries.length - 7} papers from broken.txt; 7 problems:`);
    expect(said.slice(1, 6).map((l) => l.split(':')[0])).toEqual(idLines.slice(0, 5).map((n) => `line ${n}`));
    expect(said[6]).toBe('and 2 more');
  });

  it('says how to send a file on each platform, and reads a path only where the console opens one', async () => {
    const { say } = await bot();
    expect(await say('/listing add')).toMatchObject({
      kind: 'error',
      message: 'Which listing file?',
      hint: 'To add a listing file, send the .txt or .html file as a document with the caption /listing.',
    });
    expect(await say('/listing add', { platform: 'discord' })).toMatchObject({
      hint: 'To add a listing file, use /listing add with the file in its file option.',
    });
    expect(await say('/listing add fixtures/mahajan.txt')).toMatchObject({
      kind: 'error',
      message: 'Only the console reads a file named by its path.',
    });
    const opened: string[] = [];
    const openFile = (path: string): IncomingFile => {
      opened.push(path);
      return sentFile('mahajan.txt', readFileSync(FIXTURE_PATH));
    };
    expect(shown(await say('/listing add fixtures/mahajan.txt', { openFile }))).toContain(
      `Loaded ${RAW_ENTRIES.length} papers from mahajan.txt`,
    );
    expect(opened).toEqual(['fixtures/mahajan.txt']);
  });
});
