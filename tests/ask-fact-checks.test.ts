// A statement checked before it is printed ("is it right that 12 papers were submitted on 18
// September", "can I say NVLM was the first paper to be submitted", "neither A nor B wrote X,
// correct?"): a yes or no from the listing, never the statement's words searched as a topic.
// Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { categories, idOf, names, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const block = (list: { blocks: string[] }, id: string) => list.blocks.find((b) => idOf(b) === id) as string;

describe('a number of papers claimed', () => {
  it('is counted, and the claim said true or false', () => {
    const day = Date.parse('18 Sep 2024 UTC');
    const n = gpt.blocks.filter((b) => versionDays(b).first === day).length;
    for (const [claimed, yes] of [
      [n, true],
      [n + 1, false],
    ] as const) {
      const a = ask(gpt.index, `is it right that ${claimed} papers were submitted on 18 september`);
      expect(a.answer).toMatch(yes ? /^Yes\b/ : /^No\b/);
      expect(a.answer).toContain(`: ${n}`);
    }
  });

  it('reads "did exactly 3 papers come out in 2014" as a count of that year', () => {
    const n = drosophila.blocks.filter((b) => new Date(versionDays(b).first).getUTCFullYear() === 2014).length;
    const a = ask(drosophila.index, 'did exactly 3 papers come out in 2014');
    expect(a.answer).toMatch(n === 3 ? /^Yes\b/ : /^No\b/);
  });
});

describe('a claim about one paper or two', () => {
  it('checks "the first paper to be submitted" against the oldest first version', () => {
    const nvlm = versionDays(block(gpt, '2409.11402')).first;
    const oldest = Math.min(...gpt.blocks.map((b) => versionDays(b).first));
    const a = ask(gpt.index, 'can I say that NVLM was the first paper in the list to be submitted?');
    expect(a.answer).toMatch(nvlm === oldest ? /^Yes\b/ : /^No\b/);
  });

  it('says whether one paper came before another', () => {
    const [q, n] = [versionDays(block(gpt, '2409.12191')).first, versionDays(block(gpt, '2409.11402')).first];
    expect(ask(gpt.index, 'was Qwen2-VL submitted before NVLM').answer).toMatch(q < n ? /^Yes\b/ : /^No\b/);
  });

  it('names the older of two papers for "which is older, A or B"', () => {
    const [n, q] = [versionDays(block(gpt, '2409.11402')).first, versionDays(block(gpt, '2409.12191')).first];
    const a = ask(gpt.index, 'which is older, NVLM or Qwen2-VL');
    expect(a.papers.map((p) => p.arxivId)).toEqual([n <= q ? '2409.11402' : '2409.12191']);
  });

  it('says No to "in cs.CV only" for a paper with more tags, naming them', () => {
    const tags = categories(block(gpt, '2409.12191'));
    expect(tags.length).toBeGreaterThan(1);
    const a = ask(gpt.index, 'is the Qwen2-VL paper in cs.CV only');
    expect(a.answer).toMatch(/^No\b/);
    for (const t of tags) expect(a.answer).toContain(t);
  });

  it('says Yes to "neither A nor B wrote X" only when both are not on it', () => {
    const shown = names(block(drosophila, '1508.06232'));
    expect(shown).not.toContain('Carey E. Priebe');
    expect(shown).toContain('Stephen M. Plaza');
    expect(ask(drosophila.index, 'neither Priebe nor Vogelstein wrote 1508.06232, correct?').answer).toMatch(/^Yes\b/);
    const b = ask(drosophila.index, 'neither Carey E. Priebe nor Stephen M. Plaza wrote 1508.06232, correct?');
    expect(b.answer).toMatch(/^No\b/);
  });
});

describe('a statement with "correct?", "can I say that" or "ok to print?"', () => {
  const mahajan = fixtureIndex();
  const distributed = realCopy('distributed-systems.copied.txt');

  it('checks a first-version date, one day off or the right month', () => {
    const earth = RAW_ENTRIES.find((e) => e.title.startsWith('EarthSight')) as { submitted: string };
    const off = new Date(`${earth.submitted}T00:00:00Z`);
    off.setUTCDate(off.getUTCDate() + 1);
    const said = off.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(ask(mahajan, `EarthSight was first posted on ${said}, correct?`).answer).toMatch(/^No\b/);
    const cat = RAW_ENTRIES.find((e) => e.title.startsWith('CATransformers')) as { submitted: string };
    const month = new Date(`${cat.submitted}T00:00:00Z`).toLocaleDateString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(ask(mahajan, `is it right that CATransformers first came out in ${month}`).answer).toMatch(/^Yes\b/);
  });

  it('checks two papers said to share a day', () => {
    const [life, wave] = [block(gpt, '2409.12182'), block(gpt, '2409.12924')].map((b) => versionDays(b).first);
    const a = ask(gpt.index, 'LifeGPT and WaveletGPT were both submitted on 3 September 2024 - correct?');
    const day = Date.parse('3 Sep 2024 UTC');
    expect(a.answer).toMatch(life === day && wave === day ? /^Yes\b/ : /^No\b/);
  });

  it('checks a number of authors and the longest author list', () => {
    const qwen = names(block(gpt, '2409.12191')).length;
    expect(ask(gpt.index, `qwen2-vl lists ${qwen} authors, can I say that`).answer).toMatch(/^Yes\b/);
    const sizes = gpt.blocks.map((b) => names(b).length);
    const gp = names(block(gpt, '2409.09825')).length;
    const b = ask(gpt.index, 'is it accurate to say GP-GPT has the longest author list in this listing?');
    expect(b.answer).toMatch(gp === Math.max(...sizes) ? /^Yes\b/ : /^No\b/);
    expect(b.answer).toContain(`${gp} authors`);
  });

  it('reads a journal year from the journal reference, not from the arXiv dates', () => {
    const ref = /^Journal ref:\s*(.*)$/m.exec(block(distributed, '2512.17826'))?.[1] ?? '';
    const year = /\b(?:19|20)\d{2}\b/.exec(ref)?.[0];
    expect(year).not.toBe('2025');
    const a = ask(
      distributed.index,
      'the thin porous media Navier-Stokes paper (2512.17826) was published in a journal in 2025, correct?',
    );
    expect(a.answer).toMatch(/^No\b/);
  });
});

describe('round 42 readings', () => {
  const mahajan = fixtureIndex();
  const distributed = realCopy('distributed-systems.copied.txt');
  const drosophila = realCopy('drosophila-connectome.copied.txt');

  it('reads "names eight people or more" as authors, and "latest version in a later year" as a revision after it', () => {
    const eight = gpt.blocks.filter((b) => names(b).length >= 8).length;
    expect(ask(gpt.index, 'Count the papers whose author line names eight people or more.').answer).toMatch(
      new RegExp(`: ${eight}\\b`),
    );
    const later = RAW_ENTRIES.filter((e) => e.submitted.startsWith('2023') && e.updated >= '2024').length;
    const a = ask(
      mahajan,
      'How many papers were first submitted in 2023 but have their latest version in a later year?',
    );
    expect(a.answer).toMatch(new RegExp(`: ${later}\\b`));
  });

  it('finds the paper a description with a page count and a topic names, and a survey among two like it', () => {
    const spin = distributed.blocks.find((b) => /Spin-photon Qubits/i.test(b)) as string;
    const a = ask(distributed.index, 'Who wrote the 67-page review on spin-photon qubits?');
    expect(a.papers.map((p) => p.arxivId)).toEqual([idOf(spin)]);
    const b = ask(drosophila.index, 'Avanti Athreya is first author of the random dot product graphs survey?');
    expect(b.answer).toMatch(/^Yes\b/);
  });

  it('checks a venue and year against the journal reference, and declines how long review took', () => {
    const a = ask(
      drosophila.index,
      'ok to say the random dot product graphs survey was published in JMLR in 2018? per the listing',
    );
    expect(a.answer).toMatch(/^Yes\b/);
    expect(
      ask(drosophila.index, 'was the random dot product graphs survey published in NeurIPS in 2018').answer,
    ).toMatch(/^No\b/);
    const c = ask(
      drosophila.index,
      'How long was the random dot product graphs survey under review before JMLR accepted it?',
    );
    expect(c.declined).toBe(true);
  });

  it('names the people first author on more than one paper', () => {
    const firsts = new Map<string, number>();
    for (const b of distributed.blocks) {
      const first = names(b)[0];
      if (first) firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    const two = [...firsts].filter(([, n]) => n > 1).map(([name]) => name);
    const a = ask(distributed.index, 'Is anyone first author on more than one paper here? Who?');
    for (const name of two) expect(a.answer).toContain(name);
  });
});

describe('a paper as the label of its question', () => {
  it('puts the labelled paper in place of "its" and keeps it for every part', () => {
    const scal = RAW_ENTRIES.find((e) => e.title === 'Scalable Interpretability via Polynomials') as {
      updated: string;
    };
    const day = new Date(`${scal.updated}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const a = ask(
      fixtureIndex(),
      'Scalable Interpretability via Polynomials: on what date was its most recent version submitted?',
    );
    expect(a.answer).toContain(day);
    const distributed = realCopy('distributed-systems.copied.txt');
    const cc = distributed.blocks.find((b) => /ContinuumConductor/.test(b)) as string;
    const b = ask(
      distributed.index,
      'ContinuumConductor: who is the first author, and what does the listing say it was accepted at?',
    );
    expect(b.parts?.[0]?.answer).toContain(names(cc)[0] as string);
  });

  it('reads "split by the year of their first version" as per year', () => {
    const dhruv = RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan'));
    const years = new Set(dhruv.map((e) => e.submitted.slice(0, 4)));
    const a = ask(
      fixtureIndex(),
      "Going by the names shown, Dhruv Mahajan's papers split by the year of their first version, please.",
    );
    for (const y of years) expect(a.answer).toContain(`${y}: ${dhruv.filter((e) => e.submitted.startsWith(y)).length}`);
  });
});
