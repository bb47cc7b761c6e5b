// Readings found by the nineteenth question round (fixtures/questions/round19: people new to a
// listing's field asking about topics in chat spelling): expectations from the raw fixture lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
/** A raw block's title and shown abstract, hyphens read as spaces. */
const text = (b: string) => `${titleOf(b)} ${/^Abstract:(.*)$/m.exec(b)?.[1] ?? ''}`.replace(/-/g, ' ');
const fixtureText = (e: (typeof RAW_ENTRIES)[number]) => `${e.title} ${e.paragraphs.join(' ')}`.replace(/-/g, ' ');

describe('topics asked in chat spelling (round 19)', () => {
  it('reads "dont" and "whos" as "don\'t" and "who\'s"', () => {
    const plain = ask(index, "transformer papers that don't mention language models");
    const chat = ask(index, 'transformer papers that dont mention language models');
    expect(chat.papers.length).toBeGreaterThan(0);
    expect(new Set(chat.papers.map((p) => p.id))).toEqual(new Set(plain.papers.map((p) => p.id)));
    const series = gpt.blocks.filter((b) => /\btime series\b/i.test(text(b)));
    expect(series).toHaveLength(1);
    const answer = ask(gpt.index, 'whos working on time series').answer;
    for (const name of names(series[0] as string)) expect(answer).toContain(name);
  });

  it('reads "who\'s doing stuff on X" as who works on X', () => {
    const on = RAW_ENTRIES.filter((e) => /\bcompilers?\b/i.test(fixtureText(e)));
    expect(on.length).toBeGreaterThan(0);
    const answer = ask(index, "who's doing stuff on compilers here").answer;
    for (const name of on.flatMap((e) => e.authors)) expect(answer).toContain(name);
  });

  it('declines "the most useful" as an opinion', () => {
    expect(ask(gpt.index, 'which of the open source papers is the most useful').declined).toBe(true);
  });

  it('reads "broken down by primary category" as a distribution of the topic\'s papers', () => {
    const on = gpt.blocks.filter((b) => /\bprompt(?:s|ing|ed)?\b/i.test(text(b)));
    const counts = new Map<string, number>();
    for (const b of on) counts.set(categories(b)[0] as string, (counts.get(categories(b)[0] as string) ?? 0) + 1);
    const answer = ask(gpt.index, 'papers about prompting, broken down by primary category').answer;
    for (const [c, n] of counts) expect(answer).toContain(`${c}: ${n}`);
  });

  it('reads "a c. elegans paper" as any such paper, not a person with the initials "a c"', () => {
    const single = drosophila.blocks.filter(
      (b) => /\bC\. elegans\b/i.test(text(b)) && names(b).length + hidden(b) === 1,
    );
    const a = ask(drosophila.index, 'is there a c. elegans paper with just one author');
    expect(a.answer).toMatch(single.length > 0 ? /^Yes/ : /^No/);
    expect(ids(a.papers)).toEqual(new Set(single.map(idOf)));
  });

  it('reads "the biggest team of authors" as the most authors', () => {
    const em = drosophila.blocks.filter((b) => /\belectron microscopy\b/i.test(text(b)));
    const most = Math.max(...em.map((b) => names(b).length + hidden(b)));
    const top = em.filter((b) => names(b).length + hidden(b) === most).map(idOf);
    const a = ask(drosophila.index, 'out of the papers on electron microscopy which has the biggest team of authors');
    expect(ids(a.papers)).toEqual(new Set(top));
  });

  it('reads "X: how many of those papers were written by more than three people"', () => {
    const swarms = distributed.blocks.filter((b) => /\bswarms?\b/i.test(text(b)));
    const expected = swarms.filter((b) => names(b).length + hidden(b) > 3).length;
    const a = ask(distributed.index, 'swarms: how many of those papers were written by more than three people');
    expect(a.answer).toMatch(new RegExp(`: ${expected}\\.`));
  });

  it('says so when the oldest paper on a topic is ranked among those whose title names it', () => {
    const on = drosophila.blocks.filter((b) => /\bevolution\b/i.test(text(b)));
    const titled = on.filter((b) => /\bevolution\b/i.test(titleOf(b)));
    const first = Math.min(...titled.map((b) => versionDays(b).first));
    const oldest = titled.filter((b) => versionDays(b).first === first).map(idOf);
    const a = ask(drosophila.index, 'how many papers talk about evolution, and which one was first submitted earliest');
    expect(ids(a.parts?.[1]?.papers ?? [])).toEqual(new Set(oldest));
    expect(a.parts?.[1]?.answer).toContain(`ranked among the ${titled.length} of ${on.length} papers whose title`);
  });

  it('says how many papers have the words of a topic in a row', () => {
    expect(drosophila.blocks.some((b) => /\bgraph neural networks?\b/i.test(text(b)))).toBe(false);
    const gnn = ask(drosophila.index, 'are there any graph neural network papers');
    expect(gnn.answer).toContain('no paper has "graph neural network" as a phrase');
    const open = ask(gpt.index, 'how many papers mention open source');
    const inRow = gpt.blocks.filter((b) => /\bopen source\b/i.test(text(b))).length;
    expect(open.answer).toContain(`${inRow} of the ${open.papers.length} papers with these words`);
  });

  it('takes quoted words as the phrase alone', () => {
    const phrase = RAW_ENTRIES.filter((e) => /\bdeep learning\b/i.test(fixtureText(e)));
    const a = ask(index, 'papers about "deep learning"');
    expect(a.understood).toContain('the phrase "deep learning"');
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(phrase.map((e) => e.title)));
  });

  it('keeps "models" in "foundation models"', () => {
    expect(ask(index, 'papers about foundation models').understood).toContain('"foundation models"');
  });
});
