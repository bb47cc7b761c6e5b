import type { Paper } from '../listing/paper.js';
import { type Test, type Truth, clauseTest } from './clause-tests.js';
import type { PaperFilter } from './paper-filter.js';
import type { PaperIndex } from './paper-index.js';

export type { Truth } from './clause-tests.js';

/** The papers a filter selects. */
export interface Selection {
  /** Papers that satisfy it: best topic matches first when it asks for a topic, else newest first. */
  papers: Paper[];
  /** Papers the listing cannot rule in or out (they hide authors, or lack the field asked about). */
  unsure: Paper[];
  /** Remarks: typos read as words, names that match nobody. */
  notes: string[];
}

/**
 * The one filter engine of questions, `/search` filters and digests: every condition of a
 * {@link PaperFilter} tested on every paper, topics through the index's own search so that "papers
 * that mention X" are the papers `/search X` finds. Conditions the listing cannot decide make a
 * paper unsure rather than a no.
 */
export function selectPapers(index: PaperIndex, filter: PaperFilter | null): Selection {
  const notes: string[] = [];
  if (!filter) return { papers: [...index.newest], unsure: [], notes };
  const ranks = new Map<PaperFilter, Map<Paper, number>>();
  const test = compile(index, filter, notes, ranks);
  const lead = leadingTopic(filter);
  const rank = lead ? ranks.get(lead) : undefined;
  const named = namedPapers(index, filter);
  const order = named ?? (rank ? [...rank.keys()] : index.newest);
  const papers: Paper[] = [];
  const unsure: Paper[] = [];
  for (const p of order) {
    const t = test(p);
    if (t === true) papers.push(p);
    else if (t === null) unsure.push(p);
  }
  if (rank && !named) {
    // Papers outside the topic's hits can only be unsure (an OR with an author): keep them too.
    for (const p of index.newest) if (!rank.has(p) && test(p) === null) unsure.push(p);
  }
  return { papers, unsure, notes: [...new Set(notes)] };
}

/** The papers a filter names by id, when every selected paper must be one of them: only those are tested. */
function namedPapers(index: PaperIndex, filter: PaperFilter): Paper[] | undefined {
  const parts = 'all' in filter ? filter.all : [filter];
  for (const f of parts) if ('kind' in f && f.kind === 'paper') return f.ids.flatMap((id) => index.get(id) ?? []);
  return undefined;
}

/** The topic whose ranking orders the papers: one every selected paper must have. */
function leadingTopic(filter: PaperFilter): PaperFilter | undefined {
  if ('kind' in filter) return filter.kind === 'topic' ? filter : undefined;
  if ('all' in filter) for (const f of filter.all) if ('kind' in f && f.kind === 'topic') return f;
  return undefined;
}

function compile(
  index: PaperIndex,
  f: PaperFilter,
  notes: string[],
  ranks: Map<PaperFilter, Map<Paper, number>>,
): Test {
  if ('all' in f) {
    const tests = f.all.map((g) => compile(index, g, notes, ranks));
    return (p) => {
      let out: Truth = true;
      for (const t of tests) {
        const v = t(p);
        if (v === false) return false;
        if (v === null) out = null;
      }
      return out;
    };
  }
  if ('any' in f) {
    const tests = f.any.map((g) => compile(index, g, notes, ranks));
    return (p) => {
      let out: Truth = false;
      for (const t of tests) {
        const v = t(p);
        if (v === true) return true;
        if (v === null) out = null;
      }
      return out;
    };
  }
  if ('not' in f) {
    const inner = compile(index, f.not, notes, ranks);
    return (p) => {
      const v = inner(p);
      return v === null ? null : !v;
    };
  }
  if (f.kind === 'topic') {
    const found = index.search(f.phrase ? `"${f.words.replace(/"/g, '')}"` : f.words, { allWords: true });
    // Said as what the question was read as: 'read "difusion" as "diffusion"'.
    notes.push(
      ...found.notes.map((n) =>
        n
          .replace(/^no paper has (.+); showing results for (.+)$/, 'read $1 as $2')
          .replace(/^no paper has (.+)$/, 'no paper mentions $1'),
      ),
    );
    const rank = new Map(found.hits.map((h, i) => [h.paper, i]));
    ranks.set(f, rank);
    return (p) => rank.has(p);
  }
  return clauseTest(index.authors, f, notes);
}
