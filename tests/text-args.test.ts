import { describe, expect, it } from 'vitest';
import { splitCommandLine } from '../src/chat/text-args.js';

describe('splitCommandLine', () => {
  it('splits a command line into its name, in lower case, and the rest', () => {
    expect(splitCommandLine('/search mixture of experts --limit 3')).toEqual({
      name: 'search',
      rest: 'mixture of experts --limit 3',
    });
    expect(splitCommandLine('  /UNSUBSCRIBE  ')).toEqual({ name: 'unsubscribe', rest: '' });
    expect(splitCommandLine('/ask who wrote\nPimba?')).toEqual({ name: 'ask', rest: 'who wrote\nPimba?' });
  });

  it('tells the bot a Telegram group command names, as typed', () => {
    expect(splitCommandLine('/search@Arxivist_Bot stragglers')).toEqual({
      name: 'search',
      target: 'Arxivist_Bot',
      rest: 'stragglers',
    });
    expect(splitCommandLine('/help@other_bot')).toEqual({ name: 'help', target: 'other_bot', rest: '' });
  });

  it('is null for text that is no command', () => {
    for (const text of ['who wrote Pimba?', '/', '/ search', '/search@ x', '/what?', '//x', 'a /search x'])
      expect(splitCommandLine(text), text).toBeNull();
  });
});
