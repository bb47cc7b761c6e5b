import type { Paper } from '../listing/paper.js';
import { type Test, type Truth, clauseTest } from './clause-tests.js';
import type { PaperFilter } from './paper-filter.js';
import type { PaperIndex } from './paper-index.js';
import { isVersionPair } from './search-plan.js';
import { termsOf } from './terms.js';

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
  const ranks = new Map<PaperFilter, TopicHits>();
  const lead = leadingTopic(filter);
  const c: Compiling = { notes, ranks, lead, checked: new WeakSet() };
  // The leading topic is searched first, so the other topics know how many papers they narrow.
  if (lead) compileTopic(index, lead, c);
  const test = compile(index, filter, c);
  const rank = lead ? ranks.get(lead) : undefined;
  const named = namedPapers(index, filter);
  // A topic alone selects its hits, in their order.
  if (rank && filter === lead) return { papers: [...rank.papers], unsure: [], notes: [...new Set(notes)] };
  const order = named ?? rank?.papers ?? index.newest;
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
type TopicFilter = Extract<PaperFilter, { kind: 'topic' }>;

function leadingTopic(filter: PaperFilter): TopicFilter | undefined {
  if ('kind' in filter) return filter.kind === 'topic' ? filter : undefined;
  if ('all' in filter) for (const f of filter.all) if ('kind' in f && f.kind === 'topic') return f;
  return undefined;
}

/** A topic's papers, best first; the set to look them up in is made when first needed. */
class TopicHits {
  private set?: Set<Paper>;

  constructor(readonly papers: readonly Paper[]) {}

  get size(): number {
    return this.papers.length;
  }

  has(p: Paper): boolean {
    this.set ??= new Set(this.papers);
    return this.set.has(p);
  }
}

/** What compiling a filter gathers and needs. */
interface Compiling {
  notes: string[];
  ranks: Map<PaperFilter, TopicHits>;
  /** The topic whose search orders the papers: searched even where a paper could be checked alone. */
  lead: TopicFilter | undefined;
  /** Tests that check a paper's own terms, slower per paper than a look-up among a search's hits. */
  checked: WeakSet<Test>;
}

function compile(index: PaperIndex, f: PaperFilter, c: Compiling): Test {
  if ('all' in f) {
    // The cheap tests first: a paper most of them rule out is never checked.
    const tests = f.all
      .map((g) => compile(index, g, c))
      .sort((a, b) => Number(c.checked.has(a)) - Number(c.checked.has(b)));
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
    const noted = c.notes.length;
    const tests = f.any.map((g) => compile(index, g, c));
    // An acronym looked for in the comments too: what no paper "mentions" is said of titles and abstracts.
    if (f.any.some((g) => 'kind' in g && g.kind === 'mentions' && g.field === 'comments'))
      for (let i = noted; i < c.notes.length; i++)
        c.notes[i] = (c.notes[i] as string).replace(/^no paper mentions /, 'no title or abstract mentions ');
    const test: Test = (p) => {
      let out: Truth = false;
      for (const t of tests) {
        const v = t(p);
        if (v === true) return true;
        if (v === null) out = null;
      }
      return out;
    };
    if (tests.some((t) => c.checked.has(t))) c.checked.add(test);
    return test;
  }
  if ('not' in f) {
    const inner = compile(index, f.not, c);
    const test: Test = (p) => {
      const v = inner(p);
      return v === null ? null : !v;
    };
    if (c.checked.has(inner)) c.checked.add(test);
    return test;
  }
  if (f.kind === 'topic') return compileTopic(index, f, c);
  return clauseTest(index.authors, f, c.notes);
}

/**
 * A topic of several words finds papers with all of them anywhere, as /search does; where some of
 * those papers do not have them in a row ("graph" and "neural network" apart), the answer says so.
 */
function wordsApart(index: PaperIndex, f: TopicFilter, found: number): string | undefined {
  // "GPT-4o and Llama" asks for both, not for the words in a row.
  const terms = termsOf(f.words);
  if (f.phrase || found === 0 || terms.length < 2 || /\s(?:and|&)\s/i.test(f.words)) return undefined;
  // "Qwen 2" is found as "Qwen2" too, which no phrase of two words can say.
  if (terms.length === 2 && isVersionPair(terms[0] as string, terms[1] as string)) return undefined;
  const words = f.words.replace(/"/g, '');
  const inRow = index.search(`"${words}"`, { allWords: true }).hits.length;
  if (inRow >= found) return undefined;
  return inRow === 0
    ? `no paper has "${words}" as a phrase`
    : `${inRow} of the ${found} papers with these words have "${words}" as a phrase`;
}

/** A topic's papers: the hits of `/search` for its words, or, for a topic that only narrows others' papers, a check of each paper. */
function compileTopic(index: PaperIndex, f: TopicFilter, c: Compiling): Test {
  const known = c.ranks.get(f);
  if (known) return (p) => known.has(p);
  const text = f.phrase ? `"${f.words.replace(/"/g, '')}"` : f.words;
  const lead = c.lead && c.ranks.get(c.lead);
  const check = lead && f !== c.lead ? index.topicTest(text, lead.size) : undefined;
  if (check) {
    c.checked.add(check);
    return check;
  }
  // A topic is words of titles and abstracts: a word in lower case that only a name has ("songs" and
  // Yiwen Song) is mentioned by no paper; a capitalized one ("the Mahajans") still finds the people.
  const nameOnly = /\p{Lu}/u.test(f.words)
    ? []
    : termsOf(f.words).filter((t) => index.hasTerm(t) && !index.hasTextTerm(t));
  if (nameOnly.length > 0) {
    c.notes.push(`no paper mentions "${f.words}"`);
    c.ranks.set(f, new TopicHits([]));
    return () => false;
  }
  const found = index.search(text, { allWords: true });
  // Said as what the question was read as: 'read "difusion" as "diffusion"'.
  c.notes.push(
    ...found.notes.map((n) =>
      n
        .replace(/^no paper has (.+); showing results for (.+)$/, 'read $1 as $2')
        .replace(/^no paper has (.+)$/, 'no paper mentions $1'),
    ),
  );
  const hits = new TopicHits(found.hits.map((h) => h.paper));
  const apart = wordsApart(index, f, hits.size);
  if (apart) c.notes.push(apart);
  c.ranks.set(f, hits);
  return (p) => hits.has(p);
}
