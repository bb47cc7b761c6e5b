// Everyday questions a first-time user asks: the listing's categories, a summary of one paper,
// which of two topics has more papers, the listing's topics. Expectations from the raw blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, hidden, idOf, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const block = (listing: { blocks: string[] }, id: string) => listing.blocks.find((b) => idOf(b) === id) as string;
/** Papers whose raw title or abstract has the word (any case), as a whole word. */
const mentioning = (listing: { blocks: string[] }, word: string) =>
  listing.blocks.filter((b) =>
    new RegExp(`\\b${word}\\b`, 'i').test(`${titleOf(b)} ${/^Abstract:(.*)$/m.exec(b)?.[1]}`),
  );

describe('everyday questions', () => {
  it('lists the categories with their counts when asked what the categories are', () => {
    const counts = new Map<string, number>();
    for (const b of gpt.blocks) for (const c of categories(b)) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const q of ['what are the categories in this listing', 'which categories are there', 'list all categories']) {
      const a = ask(gpt.index, q);
      expect(a.query?.want).toBe('distribution');
      for (const [c, n] of counts) expect(a.answer).toContain(`${c}: ${n}`);
    }
    expect(ask(fixtureIndex(), 'what are the categories').answer).toMatch(/shows no categories/);
  });

  it("keeps asking for one paper's categories a question about that paper", () => {
    const a = ask(gpt.index, 'which categories does LifeGPT have');
    expect(a.papers.map((p) => p.arxivId)).toEqual(['2409.12182']);
    for (const c of categories(block(gpt, '2409.12182'))) expect(a.answer).toContain(c);
  });

  it('sums up a paper from whole sentences of a teaser, and reads "a summary of" and "the main idea of"', () => {
    const life = ask(gpt.index, 'summarize the LifeGPT paper').answer;
    // The teaser ends "We also introduce the idea of a… ▽ More": those words are not a sentence.
    expect(block(gpt, '2409.12182')).toContain('We also introduce the idea of a…');
    expect(life).not.toContain('idea of a');
    const qwen = ask(gpt.index, 'give me a summary of Qwen2-VL');
    expect(qwen.query?.want).toBe('describe');
    // "Claude3.5-Sonnet" is one word, not the end of a sentence.
    expect(qwen.answer).toContain('Claude3.5-Sonnet');
    expect(ask(gpt.index, "what's the main idea of NVLM").query?.want).toBe('describe');
  });

  it('compares two topics by their counts', () => {
    const [consensus, music] = [mentioning(distributed, 'consensus'), mentioning(gpt, 'music')];
    const hallucination = mentioning(gpt, 'hallucinations?');
    expect(consensus.length).toBeGreaterThan(0);
    const a = ask(gpt.index, 'which topic has more papers, hallucination or music');
    expect(a.answer).toContain(`About "hallucination": ${hallucination.length}; about "music": ${music.length}.`);
    const b = ask(distributed.index, 'are there more papers about consensus or about serverless');
    expect(b.answer).toMatch(/about "serverless": 0\./);
  });

  it("declines to sum up the listing's topics, with a hint", () => {
    for (const q of ['what are the main topics', 'what topics are covered', 'what is this listing about']) {
      const a = ask(distributed.index, q);
      expect(a.declined).toBe(true);
      expect(a.answer).toMatch(/\/stats/);
    }
  });

  it('shows a few of the newest papers for "show me the latest papers", ties at the fifth included', () => {
    const days = distributed.blocks.map((b) => versionDays(b).first).sort((a, b) => b - a);
    const fifth = days[4] as number;
    const expected = distributed.blocks.filter((b) => versionDays(b).first >= fifth).map(idOf);
    const a = ask(distributed.index, 'show me the latest papers');
    expect(new Set(a.papers.map((p) => p.arxivId))).toEqual(new Set(expected));
    expect(ask(distributed.index, 'which papers are the newest').papers.length).toBe(
      days.filter((d) => d === days[0]).length,
    );
  });

  it('gives the arXiv link of a paper asked for its link, url or pdf', () => {
    const id = idOf(gpt.blocks.find((b) => titleOf(b).startsWith('MMSearch:')) as string);
    for (const q of ['link to the MMSearch paper', 'url of MMSearch', 'pdf of MMSearch'])
      expect(ask(gpt.index, q).answer).toContain(`https://arxiv.org/abs/${id}`);
    expect(ask(gpt.index, 'which papers have a github link').query?.want).toBe('papers');
  });

  it('says so when no author is on more than one of the papers asked about', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const people = dc.flatMap(names);
    expect(new Set(people).size).toBe(people.length);
    expect(people.length).toBeGreaterThan(20);
    const a = ask(distributed.index, 'top authors in cs.DC');
    expect(a.answer).toContain(`No author is on more than one of the ${dc.length} papers in cs.DC`);
    expect(a.answer).toContain(`each of the ${people.length} is on one`);
    expect(dc.some((b) => hidden(b) > 0)).toBe(false);
  });

  it('answers "help" and "what can you do" with how to ask, not with papers about "help"', () => {
    for (const q of ['help', 'what can you do', 'how does this work']) {
      const a = ask(fixtureIndex(), q);
      expect(a.declined).toBe(true);
      expect(a.papers).toHaveLength(0);
      expect(a.answer).toContain('/help');
    }
  });

  it('describes a paper asked "what is <its short name>"', () => {
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba:'));
    const a = ask(fixtureIndex(), 'what is Pimba');
    expect(a.query?.want).toBe('describe');
    expect(a.papers.map((p) => p.title)).toEqual([pimba?.title]);
  });

  it('says two people asked together once: "by both A and B"', () => {
    const together = RAW_ENTRIES.filter(
      (e) => e.authors.includes('Dhruv Mahajan') && e.authors.includes('Divya Mahajan'),
    );
    const a = ask(fixtureIndex(), 'papers by Dhruv and Divya Mahajan together');
    expect(a.understood).toBe('papers by both Dhruv Mahajan and Divya Mahajan');
    expect(a.papers).toHaveLength(together.length);
  });

  it('reads "workshop papers" as papers whose comments name a workshop', () => {
    const workshop = distributed.blocks.filter((b) => /\bworkshop\b/i.test(comments(b)));
    expect(workshop.length).toBeGreaterThan(0);
    const a = ask(distributed.index, 'any workshop papers');
    expect(a.answer).toMatch(/^Yes/);
    expect(new Set(a.papers.map((p) => p.arxivId))).toEqual(new Set(workshop.map(idOf)));
    expect(ask(fixtureIndex(), 'any workshop papers').declined).toBe(true);
  });

  it('says of an acronym found only in comments that no title or abstract mentions it', () => {
    const a = ask(distributed.index, 'papers with comments mentioning NeurIPS');
    expect(a.papers.length).toBe(distributed.blocks.filter((b) => /NeurIPS/.test(comments(b))).length);
    expect(a.answer).not.toContain('no paper mentions');
  });

  it('reads "did anyone write more than N papers" and "who wrote at least N papers" as people counted by papers', () => {
    const papersOf = new Map<string, number>();
    for (const b of gpt.blocks) for (const n of new Set(names(b))) papersOf.set(n, (papersOf.get(n) ?? 0) + 1);
    const most = Math.max(...papersOf.values());
    const atLeast = (k: number) => [...papersOf].filter(([, c]) => c >= k).map(([n]) => n);
    expect(atLeast(2).length).toBeGreaterThan(0);
    for (const q of [
      'who wrote at least 2 papers',
      'who wrote more than 1 paper',
      'does anyone have more than 1 paper',
    ]) {
      const a = ask(gpt.index, q);
      expect(a.answer).toContain(`${atLeast(2).length} people`);
      for (const n of atLeast(2)) expect(a.answer).toContain(n);
    }
    const none = ask(gpt.index, `did anyone write more than ${most} papers`);
    expect(none.answer).toMatch(/^No one/);
  });

  it('reads "when did X start publishing" as the first version of their oldest paper', () => {
    const theirs = RAW_ENTRIES.filter((e) => e.authors.includes('Divyat Mahajan'));
    const first = theirs.map((e) => e.submitted).sort()[0] as string;
    const a = ask(fixtureIndex(), 'when did Divyat Mahajan start publishing');
    const oldest = theirs.filter((e) => e.submitted === first).map((e) => e.title);
    expect(a.papers.map((p) => p.title)).toEqual(oldest);
  });

  it('lists the people who wrote with both of two people, the two left out', () => {
    const by = (n: string) => RAW_ENTRIES.filter((e) => e.authors.includes(n));
    const [divya, nair] = [by('Divya Mahajan'), by('Prashant J. Nair')];
    const people = (es: typeof divya) => new Set(es.flatMap((e) => e.authors));
    const both = [...people(divya)].filter((n) => people(nair).has(n));
    const expected = both.filter((n) => n !== 'Divya Mahajan' && n !== 'Prashant J. Nair');
    const a = ask(fixtureIndex(), 'who wrote with both Divya Mahajan and Prashant Nair');
    expect(a.answer).toContain(`${expected.length} people`);
    for (const n of expected) expect(a.answer).toContain(n);
    expect(a.answer).not.toMatch(/Prashant J\. Nair \(/);
  });

  it('says a yes or no about one paper as that paper', () => {
    expect(ask(fixtureIndex(), 'is Emu by Dhruv Mahajan').understood).toMatch(
      /^whether the paper "Emu: .*" is by Dhruv Mahajan$/,
    );
    expect(ask(fixtureIndex(), 'was Pimba revised').understood).toMatch(/^whether the paper "Pimba: .*" was revised$/);
  });

  it('declines to rank papers by the length of their abstract', () => {
    expect(ask(fixtureIndex(), 'which paper has the longest abstract').declined).toBe(true);
  });

  it('answers "papers similar to X" as /similar does, and "similar to <words>" as papers about them', () => {
    const em = drosophila.index.findPaper('1508.06232');
    if (em.kind !== 'found') throw new Error('no 1508.06232');
    const like = drosophila.index.similar(em.paper, 5).map((s) => s.paper.arxivId);
    expect(like.length).toBeGreaterThan(0);
    const a = ask(drosophila.index, 'anything related to 1508.06232');
    expect(a.papers.map((p) => p.arxivId)).toEqual(like);
    expect(ask(fixtureIndex(), 'papers similar to diffusion').understood).toBe('papers about "diffusion"');
  });

  it('takes "combined" as no topic, and "the most common first author" as who is first on the most papers', () => {
    const on = (day: string) => gpt.blocks.filter((b) => versionDays(b).first === Date.parse(`${day} UTC`));
    const [a16, a17] = [on('16 September 2024'), on('17 September 2024')];
    const a = ask(gpt.index, 'how many papers were submitted on 16 and 17 september combined');
    expect(a.answer).toContain(`: ${a16.length + a17.length}.`);
    const firsts = new Map<string, number>();
    for (const b of drosophila.blocks) firsts.set(names(b)[0] as string, (firsts.get(names(b)[0] as string) ?? 0) + 1);
    const top = Math.max(...firsts.values());
    const answer = ask(drosophila.index, "what's the most common first author").answer;
    for (const [n, c] of firsts) if (c === top) expect(answer).toContain(`${n} (${top} papers)`);
  });

  it('reads "comments saying accepted" and "the papers … and their categories"', () => {
    expect(ask(distributed.index, 'which papers have comments saying accepted').papers.length).toBeGreaterThan(0);
    const big = gpt.blocks.filter((b) => names(b).length + hidden(b) >= 10);
    const a = ask(gpt.index, 'list the papers with 10 or more authors and their categories');
    expect(a.parts).toHaveLength(2);
    for (const b of big) for (const c of categories(b)) expect(a.parts?.[1]?.answer).toContain(c);
  });

  it('reads "code available", "the newest 3 cs.DC papers", "model checking", "how old is the oldest paper"', () => {
    const code = distributed.blocks.filter((b) => /github\.com|gitlab\.com/i.test(b));
    expect(ask(distributed.index, 'how many papers have code available').understood).toBe(
      'the number of papers with a code link',
    );
    expect(code.length).toBeGreaterThan(0);
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const days = dc.map((b) => versionDays(b).first).sort((x, y) => y - x);
    const top = dc.filter((b) => versionDays(b).first >= (days[2] as number)).map(idOf);
    const a = ask(distributed.index, 'what are the newest 3 cs.DC papers');
    expect(new Set(a.papers.map((p) => p.arxivId))).toEqual(new Set(top));
    expect(ask(distributed.index, 'is there any paper by Stefan Schmid about model checking').understood).toContain(
      '"model checking"',
    );
    const first = Math.min(...distributed.blocks.map((b) => versionDays(b).first));
    const old = ask(distributed.index, 'how old is the oldest paper');
    expect(old.papers.map((p) => p.arxivId)).toEqual(
      distributed.blocks.filter((b) => versionDays(b).first === first).map(idOf),
    );
    expect(ask(distributed.index, 'when was the listing last updated').declined).toBe(true);
  });

  it('declines to keep categories by their number of papers', () => {
    expect(ask(gpt.index, 'which categories have more than 3 papers').declined).toBe(true);
  });
});
