// Comparisons of two named things: the newer, longer or bigger of two papers and a question about
// it, how many more authors one has, and comparisons the listing cannot settle. Expectations from
// the raw blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const block = (l: { blocks: string[] }, start: string) => l.blocks.find((b) => titleOf(b).startsWith(start)) as string;
const team = (b: string) => names(b).length + hidden(b);

describe('one of two named papers', () => {
  it('answers about the newer one, with the two papers named before or after the question', () => {
    const [a, b] = [block(distributed, 'HetRL'), block(distributed, 'PROSERVE')];
    const newer = versionDays(a).first > versionDays(b).first ? a : b;
    expect(versionDays(a).first).not.toBe(versionDays(b).first);
    for (const q of [
      'who is the last author of the newer one, HetRL or PROSERVE?',
      "HetRL or PROSERVE: who's the last author of the newer one?",
    ]) {
      const said = ask(distributed.index, q);
      expect(said.answer, q).toContain(`is ${names(newer).at(-1)}`);
      expect(
        said.papers.map((p) => p.arxivId),
        q,
      ).toContain(idOf(newer));
    }
  });

  it('reads "the bigger team" and "the smaller team" as more and fewer authors', () => {
    const [a, b] = [block(gpt, 'MindGuard'), block(gpt, 'AlignBot')];
    expect(team(a)).not.toBe(team(b));
    const smaller = team(a) < team(b) ? a : b;
    const said = ask(gpt.index, 'MindGuard or AlignBot - who are the authors of the one with the smaller team?');
    for (const n of names(smaller)) expect(said.answer).toContain(n);
  });

  it('says how many more authors one paper has than another', () => {
    const [a, b] = [block(gpt, 'MindGuard'), block(gpt, 'AlignBot')];
    const more = team(a) - team(b);
    expect(more).not.toBe(0);
    const said = ask(gpt.index, 'how many more authors does MindGuard have than AlignBot?');
    expect(said.answer).toMatch(new RegExp(`^${Math.abs(more)} authors? ${more > 0 ? 'more' : 'fewer'}: `));
  });
});

describe('comparisons the listing cannot settle', () => {
  it('declines seniority, labs and influence, not as an opinion', () => {
    for (const q of [
      'Who is more senior, Divyat Mahajan or Divya Mahajan?',
      "whose lab is bigger, Carey E. Priebe's or Danielle S. Bassett's?",
      'Mohit Bansal vs Prateek Verma: whose work has more influence?',
    ]) {
      const a = ask(gpt.index, q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/does not say/);
    }
  });
});

describe('two people compared at a position, and two categories counted', () => {
  it('counts first-author papers when asked, with a yes or a no', () => {
    const first = (n: string) => gpt.blocks.filter((b) => names(b)[0] === n).length;
    const [a, b] = [first('Prateek Verma'), first('Wei Xiong')];
    expect(a).not.toBe(b);
    const said = ask(gpt.index, 'is Prateek Verma first author on more papers than Wei Xiong is?');
    expect(said.answer).toMatch(a > b ? /^Yes\. / : /^No\. /);
    expect(said.answer).toContain(`Prateek Verma: ${a} first-author paper`);
  });

  it('cannot tell who has more papers when papers hiding authors could change it', () => {
    const cut = distributed.blocks.filter((b) => hidden(b) > 0);
    expect(cut.length).toBeGreaterThan(0);
    const said = ask(distributed.index, 'Does Karin Öberg have more papers here than Lin Zhang?');
    expect(said.answer).toMatch(/^The listing cannot tell\. /);
  });

  it('compares "more cs.LG papers than cs.AI papers" as two counts', () => {
    const tagged = (c: string) => distributed.blocks.filter((b) => categories(b).includes(c)).length;
    const [lg, ai] = [tagged('cs.LG'), tagged('cs.AI')];
    const said = ask(distributed.index, 'are there more cs.LG papers than cs.AI papers?');
    expect(said.answer).toMatch(lg > ai ? /^Yes/ : /^No/);
    expect(said.answer).toContain(`${Math.abs(lg - ai)} more`);
    expect(ask(distributed.index, 'by how much do cs.LG papers outnumber cs.AI ones?').answer).toContain(
      `${Math.abs(lg - ai)} more`,
    );
  });
});

describe('bounds said by a named paper, and comparisons said another way', () => {
  it('reads "after MoETuner-like papers" and "newer than X" as after its first version', () => {
    const lease = block(distributed, 'LeaseGuard');
    const newer = distributed.blocks.filter(
      (b) => categories(b).includes('eess.SY') && versionDays(b).first > versionDays(lease).first,
    );
    const said = ask(distributed.index, 'Which eess.SY papers are newer than LeaseGuard?');
    expect(new Set(said.papers.map((p) => p.arxivId))).toEqual(new Set(newer.map(idOf)));
    const [a, b] = [block(gpt, 'NVLM'), block(gpt, 'MMSearch')];
    const between = gpt.blocks.filter(
      (x) => versionDays(x).first > versionDays(a).first && versionDays(x).first < versionDays(b).first,
    );
    const both = ask(gpt.index, 'which papers came out after NVLM but before MMSearch');
    expect(new Set(both.papers.map((p) => p.arxivId))).toEqual(new Set(between.map(idOf)));
  });

  it("compares two title words as two counts, and a person's newer paper of two", () => {
    const titled = (w: string) => gpt.blocks.filter((b) => new RegExp(`\\b${w}`, 'i').test(titleOf(b))).length;
    const [h, c] = [titled('hallucination'), titled('code')];
    const said = ask(
      gpt.index,
      "are there more papers with 'hallucination' in the title than with 'code' in the title?",
    );
    expect(said.answer).toMatch(h > c ? /^Yes/ : /^No/);
    const his = gpt.blocks.filter((b) => names(b).includes('Jiawei Sun'));
    expect(his).toHaveLength(2);
    const newest = his.reduce((x, y) => (versionDays(y).first > versionDays(x).first ? y : x));
    const a = ask(gpt.index, "jiawei sun has two papers here - what's the primary category of the newer one");
    expect(a.answer).toContain(categories(newest)[0]);
  });

  it('reads "who has first-authored more papers, A or B" after a preamble', () => {
    const first = (n: string) => distributed.blocks.filter((b) => names(b)[0] === n).length;
    const a = ask(
      distributed.index,
      'For the invited talk - who has first-authored more papers, Junyi Peng or Kuniko Paxton?',
    );
    expect(a.answer).toContain(`Junyi Peng: ${first('Junyi Peng')} first-author paper`);
  });
});

describe('"each" of two people', () => {
  it('counts each person, not the papers by both', () => {
    const by = (n: string) => distributed.blocks.filter((b) => names(b).includes(n)).length;
    const a = ask(distributed.index, 'how many papers do Junyi Peng and Kuniko Paxton each have');
    expect(a.answer).toContain(`Junyi Peng: ${by('Junyi Peng')} paper`);
    expect(a.answer).toContain(`Kuniko Paxton: ${by('Kuniko Paxton')} paper`);
    expect(a.answer).not.toMatch(/^Papers by both/);
  });
});

describe('"each" of two categories beside another condition', () => {
  it('counts single-author papers per category', () => {
    const single = (c: string) =>
      gpt.blocks.filter((b) => categories(b).includes(c) && names(b).length + hidden(b) === 1).length;
    const a = ask(gpt.index, 'how many single-author papers do cs.CL and cs.AI each have');
    expect(a.answer).toContain(`cs.CL: ${single('cs.CL')}, cs.AI: ${single('cs.AI')}`);
  });
});
