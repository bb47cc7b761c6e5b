import type { Paper } from '../listing/paper.js';
import { type Selection, selectPapers } from '../search/filter-engine.js';
import { type Clause, allOf, clausesOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { measureOf } from '../search/paper-measures.js';
import { agreeing, joinAnd, plural } from './answer.js';
import { describeClause } from './describe-filter.js';
import { type Said, noneAnswer, yesNoAnswer } from './answer-sets.js';
import type { TypedQuestion } from './typed-question.js';

type AuthorClause = Extract<Clause, { kind: 'author' }>;

/** Yes, no or "cannot tell", said of one paper or of people writing together where the question is that. */
export function yesNoPapers(index: PaperIndex, q: TypedQuestion, sel: Selection, described: string): Said {
  if (q.none) return noneAnswer(sel, described);
  if (q.every)
    return yesNoAnswer(sel, described, { all: q.everyOf ? selectPapers(index, q.everyOf).papers : index.papers });
  const clauses = clausesOf(q.papers);
  // The paper asked about, not one the question leaves out ("anything new besides CATransformers").
  const top = q.papers && 'all' in q.papers ? q.papers.all : q.papers ? [q.papers] : [];
  const named = top.find((c): c is Extract<Clause, { kind: 'paper' }> => 'kind' in c && c.kind === 'paper');
  const people = clauses.filter((c): c is AuthorClause => c.kind === 'author');
  const paper = named?.ids.length === 1 ? index.get(named.ids[0] as string) : undefined;
  if (paper && people.length === 1 && clauses.length === 2) return authorOf(paper, people[0] as AuthorClause, sel);
  const sole = clauses.some((c) => c.kind === 'measure' && c.measure === 'authors' && c.op === '=' && c.value === 1);
  if (paper && people.length === 1 && clauses.length === 3 && sole) {
    const who = people[0] as AuthorClause;
    const theirs = selectPapers(index, allOf([{ kind: 'paper', ids: [paper.id] }, who]));
    return soleAuthor(paper, who, sel.papers.length > 0, authorOf(paper, who, theirs));
  }
  if (!named && people.length >= 2 && clauses.length === people.length && people.every((c) => !c.position))
    return together(people, sel, index);
  const measure = clauses.find((c): c is MeasureClause => c.kind === 'measure' && c.measure !== 'submitted');
  if (paper && measure && clauses.length === 2) return measureOfOne(paper, measure, sel);
  if (paper && sel.unsure.length === 0) return ofOnePaper(paper, clauses, sel.papers.length > 0);
  const said = yesNoAnswer(sel, described, null);
  return paper ? { ...said, papers: [paper] } : said;
}

/** "Is X an author of P", "Is X the last author of P". */
function authorOf(p: Paper, who: AuthorClause, sel: Selection): Said {
  const t = `"${p.title}"`;
  const role = who.position ? `the ${who.position} author of` : 'among the authors of';
  if (sel.papers.length > 0) return { text: `Yes: ${who.name} is ${role} ${t}.`, papers: [p] };
  if (sel.unsure.length > 0)
    return {
      text: `The listing cannot tell: ${t} lists ${plural(p.authors.length, 'author')} and hides ${p.hiddenAuthorCount} more ("et al."), so it cannot tell whether ${who.name} is ${who.position ? `its ${who.position} author` : 'one of them'}.`,
      papers: [p],
    };
  if (who.position) {
    const actual = who.position === 'first' ? p.authors[0] : p.authors[p.authors.length - 1];
    return { text: `No: the ${who.position} author of ${t} is ${actual}.`, papers: [p] };
  }
  return { text: `No: ${who.name} is not among the ${plural(p.authors.length, 'author')} of ${t}.`, papers: [p] };
}

/** "Is X the only author of P": yes only when P names X and no one else, hidden names included. */
function soleAuthor(p: Paper, who: AuthorClause, sole: boolean, among: Said): Said {
  const t = `"${p.title}"`;
  if (sole) return { text: `Yes: ${who.name} is the only author of ${t}.`, papers: [p] };
  const total = p.authors.length + p.hiddenAuthorCount;
  const said = among.text.replace(/^(?:Yes|No|The listing cannot tell): /, '').replace(/\.$/, '');
  return { text: `No: ${t} has ${plural(total, 'author')}; ${said}.`, papers: [p] };
}

type MeasureClause = Extract<Clause, { kind: 'measure' }>;

/** "Does Pimba have more than 5 authors": the paper's own number, then yes or no. */
function measureOfOne(p: Paper, c: MeasureClause, sel: Selection): Said {
  const t = `"${p.title}"`;
  const bound = describeClause(c).replace(/^with /, '');
  const value = measureOf(p, c.measure);
  if (value === undefined)
    return {
      text: `The listing cannot tell: ${t} does not state that, so it cannot say whether it has ${bound}.`,
      papers: [p],
    };
  const has = describeClause({ ...c, op: '=', value }).replace(/^with exactly /, '');
  const asked = /^(.*?\d+)/.exec(bound)?.[1] ?? bound;
  const yes = sel.papers.length > 0;
  return { text: `${yes ? 'Yes' : 'No'}: ${t} has ${has}, ${yes ? '' : 'not '}${asked}.`, papers: [p] };
}

/** "is the Qwen2-VL paper in cs.CV only": the paper and what is asked of it, with its categories when they are asked. */
function ofOnePaper(paper: Paper, clauses: readonly Clause[], yes: boolean): Said {
  const asked = clauses.filter((c) => c.kind !== 'paper');
  const what = asked.map((c) => describeClause(c)).join(' and ');
  const tags = asked.some((c) => c.kind === 'category' || (c.kind === 'measure' && c.measure === 'categories'));
  const its = tags && paper.categories.length ? ` (its categories: ${paper.categories.join(', ')})` : '';
  return { text: `${yes ? 'Yes' : 'No'}: "${paper.title}" is ${yes ? '' : 'not '}${what}${its}.`, papers: [paper] };
}

/** "Did A and B write a paper together?" */
function together(people: AuthorClause[], sel: Selection, index: PaperIndex): Said {
  const names = joinAnd(people.map((c) => c.name));
  const n = sel.papers.length;
  if (n > 0) return { text: `Yes: ${names} wrote ${plural(n, 'paper')} together.`, papers: sel.papers };
  if (sel.unsure.length > 0) {
    const hidden = sel.unsure.reduce((k, p) => k + p.hiddenAuthorCount, 0);
    return {
      text: `The listing cannot tell: ${names} have no paper together among the authors it shows, but ${plural(sel.unsure.length, 'paper')} that could be one ${agreeing(sel.unsure.length, 'hides part of its', 'hide part of their')} authors (${hidden.toLocaleString('en-US')} names not shown).`,
      papers: sel.unsure,
    };
  }
  const cut = people.every((c) => c.shown) ? index.papers.filter((p) => p.hiddenAuthorCount > 0) : [];
  if (cut.length > 0)
    return {
      text: `No, going by the names shown: ${names} have no paper together; ${plural(cut.length, 'paper hides part of its', 'papers hide part of their')} authors ("et al.").`,
      papers: [],
    };
  return { text: `No: ${names} have no paper together in this listing.`, papers: [] };
}
