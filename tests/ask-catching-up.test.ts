// Questions of someone catching up after time away: what is new, counted from the listing's newest
// date, less what they already know. Expectations from the raw blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const DAY = 86_400_000;
const newest = (l: { blocks: string[] }) =>
  Math.max(...l.blocks.flatMap((b) => [versionDays(b).first, versionDays(b).latest]));
const start = (l: { blocks: string[] }, title: string) => l.blocks.find((b) => titleOf(b).startsWith(title)) as string;

describe('catching up', () => {
  it('leaves out the papers already read, named before or after the question', () => {
    const end = newest(gpt);
    const read = [start(gpt, 'Qwen2-VL'), start(gpt, 'NVLM')];
    const recent = gpt.blocks.filter((b) => versionDays(b).first > end - 10 * DAY && !read.includes(b));
    for (const q of [
      "How many papers from the past 10 days haven't I seen? I've already read Qwen2-VL and NVLM.",
      "I've already read Qwen2-VL and NVLM. How many papers from the past 10 days haven't I seen?",
    ])
      expect(ask(gpt.index, q).answer, q).toMatch(new RegExp(`: ${recent.length} \\(`));
  });

  it('leaves a person out of the names asked for, not their papers', () => {
    const end = newest(gpt);
    const monday = end - ((new Date(end).getUTCDay() + 6) % 7) * DAY;
    const week = gpt.blocks.filter((b) => versionDays(b).first >= end - ((new Date(end).getUTCDay() + 7) % 7) * DAY);
    const counts = new Map<string, number>();
    for (const b of week) for (const n of names(b)) counts.set(n, (counts.get(n) ?? 0) + 1);
    const many = [...counts].filter(([n, k]) => k > 1 && n !== 'Song Wang').map(([n]) => n);
    expect(many.length).toBeGreaterThan(0);
    const a = ask(gpt.index, 'Who had more than one paper this week, apart from Song Wang?');
    for (const n of many) expect(a.answer).toContain(n);
    expect(a.answer).not.toContain('Song Wang (');
    expect(monday).toBeLessThanOrEqual(end);
  });

  it('reads "since Monday," at the start, and "got a new version" as revised', () => {
    const end = newest(gpt);
    const monday = end - ((new Date(end).getUTCDay() + 6) % 7) * DAY;
    const since = gpt.blocks.filter((b) => versionDays(b).first >= monday);
    const a = ask(gpt.index, 'Since Monday, which paper has the biggest author list?');
    const most = Math.max(...since.map((b) => names(b).length));
    expect(a.papers.every((p) => names(gpt.blocks.find((b) => idOf(b) === p.arxivId) as string).length === most)).toBe(
      true,
    );
    const year = newest(drosophila) - 365 * DAY;
    const revised = drosophila.blocks.filter(
      (b) => versionDays(b).latest > year && versionDays(b).latest !== versionDays(b).first,
    );
    expect(ids(ask(drosophila.index, 'which papers got a new version in the last 12 months').papers)).toEqual(
      new Set(revised.map(idOf)),
    );
  });

  it('leaves out "the two math.AP papers" by their category, and declines what everyone talks about', () => {
    const end = newest(distributed);
    const friday = end - ((new Date(end).getUTCDay() + 2) % 7 || 7) * DAY;
    const that = distributed.blocks.filter((b) => versionDays(b).first === friday);
    const kept = that.filter((b) => !categories(b).includes('math.AP'));
    expect(kept.length).toBeLessThan(that.length);
    expect(ids(ask(distributed.index, 'What came out last Friday, apart from the two math.AP papers?').papers)).toEqual(
      new Set(kept.map(idOf)),
    );
    expect(
      ask(gpt.index, "which of this month's papers is everyone talking about? I've been offline for a while").declined,
    ).toBe(true);
  });
});
