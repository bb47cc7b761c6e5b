// How people say a paper lacks something or that nothing has it ("comment-less", "missing a
// Comments line", "am I right that none of…", "how many days had no paper"), and what a listing
// cannot hold. Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, hasDoi, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('words for a missing field', () => {
  it('reads "missing a Comments line" and "comment-less" as without comments', () => {
    const revisedBare = drosophila.blocks.filter((b) => /v1 submitted/.test(b) && !comments(b)).map(idOf);
    expect(revisedBare.length).toBeGreaterThan(0);
    const a = ask(drosophila.index, 'revised papers that are missing a Comments line - which ones?');
    expect(ids(a.papers)).toEqual(new Set(revisedBare));
    const bare = distributed.blocks.filter((b) => !comments(b)).length;
    expect(ask(distributed.index, 'how many comment-less papers are there').answer).toContain(`: ${bare}`);
  });
});

describe('"none of them …", said as a claim to check', () => {
  it('answers yes when no paper fits and no with those that do', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const withDoi = dc.filter(hasDoi).map(idOf);
    const a = ask(distributed.index, 'Is it true that none of the cs.DC papers has a DOI?');
    expect(a.answer.startsWith(withDoi.length ? 'No' : 'Yes')).toBe(true);
    const revised = gpt.blocks.filter((b) => /v1 submitted/.test(b)).map(idOf);
    expect(revised.length).toBeGreaterThan(0);
    const nothing = ask(gpt.index, 'Nothing here was ever revised, correct?');
    expect(nothing.answer).toMatch(/^No: /);
    expect(ids(nothing.papers)).toEqual(new Set(revised));
    const raft = distributed.blocks.filter((b) => /\b(?:Raft|Paxos)\b/.test(titleOf(b))).map(idOf);
    const am = ask(distributed.index, 'Am I right that no title mentions Raft or Paxos?');
    expect(am.answer.startsWith(raft.length ? 'No' : 'Yes')).toBe(true);
  });
});

describe('periods with no papers, by day', () => {
  it('counts the days of a span without a first version', () => {
    const days = new Set(distributed.blocks.map((b) => iso(versionDays(b).first)));
    const from = Date.parse('2025-11-21T00:00:00Z');
    const empty = Array.from({ length: 33 }, (_, i) => iso(from + i * DAY)).filter((d) => !days.has(d));
    const a = ask(
      distributed.index,
      'How many days between 21 November and 23 December 2025 had no paper first submitted?',
    );
    expect(a.answer).toMatch(new RegExp(`^${empty.length} days`));
  });
});

describe('one group of people less another', () => {
  it('reads "which X authors are not on Y" and "first author of neither"', () => {
    const hybrid = distributed.blocks.find((b) => /HybridVFL/.test(b)) ?? '';
    const skin = distributed.blocks.find((b) => /Skin Tone Bias/i.test(b)) ?? '';
    const only = names(hybrid).filter((n) => !names(skin).includes(n));
    const a = ask(distributed.index, 'Which HybridVFL authors are not on the skin tone bias paper?');
    expect(a.answer).toMatch(new RegExp(`^${only.length} (?:person|people)`));
    for (const n of only) expect(a.answer).toContain(n);
  });
});

describe('what a listing cannot hold', () => {
  it('declines papers a search missed, withdrawals, outcomes and whereabouts', () => {
    for (const q of [
      'Which GPT papers from September 2024 did this search miss?',
      'Which of these papers were later withdrawn from arXiv?',
      "Who has left Carey E. Priebe's lab since these came out?",
      'Which drosophila connectome papers never made it onto arXiv?',
      "Of the papers whose Comments say 'submitted to', which ended up rejected?",
      'which papers have authors from Germany or Switzerland but not from China',
    ])
      expect(ask(gpt.index, q).declined, q).toBe(true);
  });
});

describe('"and how many were there" after the busiest day', () => {
  it('gives the count of the day named', () => {
    const perDay = new Map<string, number>();
    for (const b of gpt.blocks.filter((x) => !comments(x))) {
      const d = iso(versionDays(b).first);
      perDay.set(d, (perDay.get(d) ?? 0) + 1);
    }
    const most = Math.max(...perDay.values());
    const a = ask(
      gpt.index,
      'On which day were the most papers without a Comments line submitted, and how many were there?',
    );
    expect(a.parts).toHaveLength(2);
    expect(a.parts?.[1]?.answer).toContain(`${most} papers`);
  });
});

describe('absence said in other ways', () => {
  it('reads "none of X\'s papers are …", "no DOI … but have comments" and "months with no papers in 2023"', () => {
    const hers2023 = RAW_ENTRIES.filter((e) => e.authors.includes('Divya Mahajan') && e.submitted.startsWith('2023'));
    const none = ask(fixtureIndex(), "none of Divya Mahajan's papers are from 2023, right?");
    expect(none.answer.startsWith(hers2023.length ? 'No' : 'Yes')).toBe(true);
    const bare = distributed.blocks.filter((b) => !hasDoi(b) && !/^Journal ref:/m.test(b) && comments(b)).length;
    expect(ask(distributed.index, 'which papers have no DOI and no journal ref but have comments').answer).toContain(
      `: ${bare} `,
    );
    const months = new Set(RAW_ENTRIES.map((e) => e.submitted.slice(0, 7)));
    const empty = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`).filter(
      (m) => !months.has(m),
    );
    expect(ask(fixtureIndex(), 'months with no papers in 2023').answer).toMatch(new RegExp(`^${empty.length} months`));
  });

  it('leaves out the person named in "never wrote with X" even where X has no such paper', () => {
    const a = ask(drosophila.index, 'who never wrote with Marta Zlatic in q-bio.NC');
    expect(a.answer.slice(a.answer.indexOf(':'))).not.toContain('Marta Zlatic');
  });
});

describe('a family name with a place in the author list', () => {
  it('reads "a Mahajan as first author", "whose first author is not a Mahajan" and "without any Mahajan"', () => {
    const first = RAW_ENTRIES.filter((e) => /\bMahajan$/.test(e.authors[0] ?? '')).length;
    expect(first).toBeGreaterThan(0);
    const share = ask(fixtureIndex(), 'what fraction of papers have a Mahajan as first author');
    expect(share.answer).toMatch(new RegExp(`^${first} of the ${RAW_ENTRIES.length} papers`));
    const not = ask(fixtureIndex(), 'papers whose first author is not a Mahajan');
    expect(not.answer).toContain(`: ${RAW_ENTRIES.length - first} `);
    const without = ask(fixtureIndex(), 'papers where no author is named Mahajan');
    expect(without.understood).toContain('not by Mahajan');
  });
});
