// Words about how an answer is laid out ("titles only", "as a numbered list", "yes or no:") are not
// about the papers: the same papers and values as without them. Expectations from the raw blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { withoutLayout } from '../src/ask/output-shape.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, idOf, ids, names } from './helpers/raw-blocks.js';

const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

describe('the layout an answer is asked in', () => {
  it('takes off layout words before, after and inside the question', () => {
    expect(withoutLayout('just the arXiv ids, comma-separated: papers tagged cs.MA')).toBe('papers tagged cs.MA');
    expect(withoutLayout('numbered list, titles and dates, no abstracts: every paper by X')).toBe('every paper by X');
    expect(withoutLayout('id only - which cs.SE paper is the oldest?')).toBe('which cs.SE paper is the oldest?');
    expect(
      withoutLayout('papers about GPUs, sorted by date of first submission, no abstracts, just titles and dates'),
    ).toBe('papers about GPUs');
    expect(withoutLayout('which is the newest (title only)?')).toBe('which is the newest?');
    expect(withoutLayout('the cs.HC papers with links to their arXiv pages please')).toBe('the cs.HC papers');
    // A field asked of a bare title is the question; a question's own commas stay.
    expect(withoutLayout('just the DOI, nothing else: Sound and Music Biases')).toBe(
      'the DOI of Sound and Music Biases',
    );
    expect(withoutLayout('papers about graphs, trees and forests')).toBe('papers about graphs, trees and forests');
    expect(withoutLayout('in a table by year: how many papers were first submitted')).toBe(
      'how many papers were first submitted, per year',
    );
  });

  it('gives the same papers with and without the layout words', () => {
    const ma = distributed.blocks.filter((b) => categories(b).includes('cs.MA')).map(idOf);
    expect(ids(ask(distributed.index, 'just the arXiv ids, comma-separated: papers tagged cs.MA').papers)).toEqual(
      new Set(ma),
    );
    const vogelstein = drosophila.blocks.filter((b) => names(b).includes('Joshua T. Vogelstein')).map(idOf);
    expect(
      ids(
        ask(drosophila.index, 'numbered list, titles and dates, no abstracts: every paper Joshua T. Vogelstein is on')
          .papers,
      ),
    ).toEqual(new Set(vogelstein));
  });

  it('answers "yes or no:" questions as yes or no questions', () => {
    const a = ask(
      distributed.index,
      'answer yes or no: counting the hidden authors, does the ENUBET Micromegas paper have more than 50 authors?',
    );
    const block = distributed.blocks.find((b) => /ENUBET/.test(b)) as string;
    const total = names(block).length + Number(/(\d+) additional authors/.exec(block)?.[1] ?? 0);
    expect(total).toBeGreaterThan(50);
    expect(a.answer).toMatch(new RegExp(`^Yes: .* has ${total} authors`));
    const sole = ask(
      fixtureIndex(),
      'Yes or no only. Is Yoshua Bengio an author of any paper first submitted in 2022?',
    );
    const his = RAW_ENTRIES.filter((e) => e.authors.includes('Yoshua Bengio') && e.submitted.startsWith('2022'));
    expect(his.length).toBeGreaterThan(0);
    expect(sole.answer).toMatch(/^Yes/);
  });

  it('declines tables and charts, and the datasets a paper used', () => {
    expect(ask(fixtureIndex(), 'make me a table with the arXiv id and primary category of every paper').declined).toBe(
      true,
    );
    expect(ask(distributed.index, 'list the download links of the datasets used in the HybridVFL paper').declined).toBe(
      true,
    );
    // The comments are not where a listing says what data a paper used.
    expect(comments(distributed.blocks.find((b) => /HybridVFL/.test(b)) as string)).not.toMatch(/download/i);
  });
});

describe('"his" and "her"', () => {
  it('reads the pronoun as the one person named before it', () => {
    const diwakar = RAW_ENTRIES.filter((e) => e.authors.includes('Diwakar Mahajan'));
    const a = ask(fixtureIndex(), "I'm filling in a row for Diwakar Mahajan: how many papers show his name?");
    expect(a.answer).toMatch(new RegExp(`: ${diwakar.length}\\b`));
  });

  it('declines a pronoun with no one named before it, rather than answering for the whole listing', () => {
    for (const q of ['how many papers show his name', 'which of her papers is the newest']) {
      const a = ask(fixtureIndex(), q);
      expect(a.declined, q).toBe(true);
      expect(a.understood, q).toBe('a follow-up to an earlier question');
    }
  });
});
