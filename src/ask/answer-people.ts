import { formatDate } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import { nameKey } from '../listing/names.js';
import type { Selection } from '../search/filter-engine.js';
import { placeLead } from './answer-place.js';
import type { PaperIndex } from '../search/paper-index.js';
import { agreeing, capitalize, joinAnd, papersBound, plural, topWords } from './answer.js';
import { authorRanking, neverUnsure } from './author-ranking.js';
import { neverWords } from './describe-filter.js';
import type { CountedPerson, PeopleRanking } from '../search/people-table.js';
import { type Said, unsureNote } from './answer-sets.js';
import type { TypedQuestion } from './typed-question.js';

const HIDDEN_NOTE = '; authors hidden behind "et al." are not counted';

/** "who has papers in both 2022 and 2025": whether a person's papers meet each asked set, and the sets in words. */
export interface OnEach {
  keep: (papers: readonly Paper[]) => boolean;
  described: string[];
}

/** People on the selected papers, most papers first; a person's coauthors when the question names them. */
export function authorsAnswer(
  index: PaperIndex,
  sel: Selection,
  q: TypedQuestion,
  described: string,
  each?: OnEach,
): Said {
  const ranking = authorRanking(index, sel.papers, q);
  // Everyone is needed only to keep those on each asked set; otherwise the first 80 are shown.
  const ranked = each ? ranking.slice().filter((a) => each.keep(a.papers)) : ranking.slice(0, 80);
  const count = each ? ranked.length : ranking.length;
  const hidden = sel.papers.some((p) => p.hiddenAuthorCount > 0)
    ? ' (more are hidden behind "et al." on some of them)'
    : '';
  if (count === 0 && each) return { text: `No one has ${joinAnd(each.described)}${hidden}.`, papers: [] };
  if (count === 0 && sel.papers.length > 0 && (q.minPapers || q.maxPapers))
    return {
      text:
        sel.papers.length < (q.minPapers ?? 0)
          ? `The listing has only ${sel.papers.length} ${sel.papers.length === 1 ? described.replace(/^papers\b/, 'paper') : described}, so no one is on ${q.minPapers} of them.`
          : `No one is on ${papersBound(q)} of the ${sel.papers.length} ${described}${hidden}.`,
      papers: sel.papers.slice(0, 50),
    };
  if (count === 0) {
    const notes = sel.notes.length ? ` (${sel.notes.join('; ')})` : '';
    return { text: `No ${described} in this listing${notes}${unsureNote(sel)}, so no authors of them.`, papers: [] };
  }
  const shown = ranked.slice(0, 80).map((a) => (a.papers.length > 1 ? `${a.name} (${a.papers.length})` : a.name));
  const more = count > 80 ? `, and ${count - 80} more` : '';
  const cited = firstPapers(each ? ranked : ranking, 50);
  // "who is on both X and Y": the people every one of a few named papers lists.
  if (q.minPapers && q.minPapers === sel.papers.length && sel.papers.length <= 5) {
    const titles = joinAnd(sel.papers.map((p) => `"${p.title}"`));
    return {
      text: `${capitalize(plural(count, 'person is', 'people are'))} on ${sel.papers.length === 2 ? 'both' : 'all of'} ${titles}${count ? `: ${joinAnd(shown)}` : ''}${hidden}.`,
      papers: sel.papers,
    };
  }
  if (q.authorsNamed && count <= 12)
    return {
      text: `${joinAnd(ranked.map((a) => a.name))}: ${plural(sel.papers.length, 'paper')} of the ${described}${hidden}.`,
      papers: cited,
    };
  // With sets asked of each person ("with both X and Y"), the people are said as on those sets.
  if (q.exceptAuthors?.length === 1 && !each)
    return {
      text: `${q.exceptAuthors[0]} has ${plural(count, 'coauthor')}${q.never ? ` ${agreeing(count, 'who is', 'who are')} ${neverWords(q.never)}` : ''} ${q.minPapers ? `on at least ${q.minPapers} of ${sel.papers.length} papers` : `over ${plural(sel.papers.length, 'paper')}`}, most frequent first: ${joinAnd(shown)}${more}${hidden}.`,
      papers: cited,
    };
  const who = each
    ? `${capitalize(plural(count, 'person has', 'people have'))} ${joinAnd(each.described)}`
    : q.authorPosition
      ? `The ${q.authorPosition} ${agreeing(count, 'author', 'authors')} of the ${described}`
      : `${capitalize(plural(count, 'person', 'people'))} on ${q.minPapers || q.maxPapers ? `${papersBound(q)} of ` : ''}${described.startsWith('the ') ? '' : 'the '}${described}${q.never ? `, ${neverWords(q.never)}` : ''}`;
  return {
    text: `${who}: ${joinAnd(shown)}${more}${hidden}${q.never ? neverNote(index, q.never) : ''}.`,
    papers: cited,
  };
}

/** "; going by the names shown: 3 papers hide part of their authors, who may include some of these people". */
function neverNote(index: PaperIndex, never: NonNullable<TypedQuestion['never']>): string {
  const cut = neverUnsure(index, never);
  if (cut.length === 0) return '';
  return `; going by the names shown: ${plural(cut.length, 'paper hides', 'papers hide')} part of ${agreeing(cut.length, 'its', 'their')} authors ("et al."), among whom some of these people could be`;
}

/** The first `max` distinct papers of the ranked people, in their order. */
function firstPapers(ranked: PeopleRanking | CountedPerson[], max: number): Paper[] {
  const papers = new Set<Paper>();
  for (let from = 0; from < ranked.length && papers.size < max; from += 100)
    for (const a of ranked.slice(from, from + 100)) for (const p of a.papers) papers.add(p);
  return [...papers].slice(0, max);
}

/** The people with the most (or fewest) of the selected papers, ties named. */
export function topAuthorsAnswer(index: PaperIndex, sel: Selection, q: TypedQuestion, described: string): Said {
  if (q.rankBy === 'coauthors') return topCoauthorsAnswer(index, sel, q);
  const ranked = authorRanking(index, sel.papers, q);
  if (q.place && q.direction !== 'least') return peoplePlaceAnswer(ranked, q.place, sel);
  const at = q.direction === 'least' ? ranked.length - 1 : 0;
  const [top] = ranked.slice(at, at + 1);
  if (!top) return { text: `No authors of ${described} in this listing.`, papers: [] };
  const n = top.papers.length;
  const [tieFrom, tieTo] = ranked.tiedAround(at);
  const ties = tieTo - tieFrom;
  const tiedNames = () => ranked.slice(tieFrom, tieTo).map((a) => a.name);
  const caveat = sel.papers.some((p) => p.hiddenAuthorCount > 0) ? HIDDEN_NOTE : '';
  const cited = ties === 1 ? top.papers.slice(0, 10) : [];
  if (q.exceptAuthors?.length === 1)
    return {
      text: `${q.exceptAuthors[0]} writes most often with ${joinAnd(tiedNames())}: ${plural(n, 'shared paper')}${ties > 1 ? ' each' : ''}${caveat}.`,
      papers: cited,
    };
  if (q.authorsNamed) {
    const lead = ties > 1 ? `Tied: ${joinAnd(tiedNames())}` : top.name;
    const others = [...ranked.slice(0, tieFrom), ...ranked.slice(tieTo)].map((a) => `${a.name} (${a.papers.length})`);
    return {
      text: `${lead}, with ${plural(n, 'paper')}${ties > 1 ? ' each' : ''}, of the ${plural(ranked.length, 'author')} named ${q.authorsNamed}${others.length ? `; the others: ${others.join(', ')}` : ''}${caveat}.`,
      papers: cited,
    };
  }
  // Everyone on one paper, too many to name: said as that, not as a count of the tied.
  if (n === 1 && ties === ranked.length && ties > 20 && !q.limit && q.direction !== 'least')
    return {
      text: `No author is on more than one of the ${sel.papers.length} ${described}: each of the ${ranked.length.toLocaleString('en-US')} is on one${caveat}.`,
      papers: [],
    };
  const listed = q.limit
    ? ranked.tiedAround(Math.min(q.limit, ranked.length) - 1)[1]
    : Math.min(ranked.length, Math.max(5, ties));
  const shown = namedUpTo(ranked, listed, (q.limit ?? 0) + 20);
  const scope = q.papers ? ` of the ${sel.papers.length} ${described}` : '';
  const tie = ties > 1 ? ` (${ties} tied with ${plural(n, 'paper')})` : '';
  const kind = q.authorPosition ? `${q.authorPosition} authors` : 'authors';
  const lead = q.limit
    ? `${topWords(q.limit, listed, ranked.length, kind)}${scope}`
    : `The most prolific ${kind}${scope}${tie}`;
  return { text: `${lead}: ${joinAnd(shown)}${caveat}.`, papers: cited };
}

/** "the second most prolific author": the people with the second most papers, ties named. */
function peoplePlaceAnswer(ranked: PeopleRanking, place: number, sel: Selection): Said {
  if (place > ranked.length)
    return { text: `Only ${plural(ranked.length, 'author')} on these papers.`, papers: [], declined: true };
  // Competition ranks, as atPlace: the people tied with whoever stands at that position.
  const [from, to] = ranked.tiedAround(place - 1);
  const people = ranked.slice(from, Math.min(to, from + 20));
  const n = ranked.countAt(from);
  const more = to - from > 20 ? ` and ${(to - from - 20).toLocaleString('en-US')} more` : '';
  const caveat = sel.papers.some((p) => p.hiddenAuthorCount > 0) ? HIDDEN_NOTE : '';
  return {
    text: `${placeLead(place, from, to - from, from === 1 ? 'person' : 'people')}${joinAnd(people.map((a) => a.name))}${more}, with ${plural(n, 'paper')}${to - from > 1 ? ' each' : ''}${caveat}.`,
    papers: to - from === 1 ? (people[0]?.papers.slice(0, 10) ?? []) : [],
  };
}

/**
 * The first `end` people with their counts; past `max`, the people of the last place among them
 * as a number ("and 980 more with 1 paper each").
 */
function namedUpTo(ranked: PeopleRanking, end: number, max: number): string[] {
  const named = (a: CountedPerson) => `${a.name} (${plural(a.papers.length, 'paper')})`;
  if (end <= max || end === 0) return ranked.slice(0, end).map(named);
  const [lastFrom] = ranked.tiedAround(end - 1);
  const last = ranked.countAt(end - 1);
  return [
    ...ranked.slice(0, lastFrom).map(named),
    `${(end - lastFrom).toLocaleString('en-US')} more with ${plural(last, 'paper')} each`,
  ];
}

/** The people who wrote with the most (or fewest) distinct others on the selected papers, ties named. */
function topCoauthorsAnswer(index: PaperIndex, sel: Selection, q: TypedQuestion): Said {
  const least = q.direction === 'least';
  const ranked = coauthorRanking(index, sel.papers, least);
  const end = ranked[0];
  if (!end) return { text: 'No authors in this listing.', papers: [] };
  const tied = ranked.filter((a) => a.coauthors === end.coauthors);
  const shown = ranked
    .slice(0, Math.max(5, tied.length))
    .map((a) => `${a.name} (${plural(a.coauthors, 'coauthor')} over ${plural(a.papers.length, 'paper')})`);
  const caveat = sel.papers.some((p) => p.hiddenAuthorCount > 0) ? HIDDEN_NOTE : '';
  const tie = tied.length > 1 ? ` (${tied.length} tied with ${plural(end.coauthors, 'coauthor')})` : '';
  return {
    text: `The authors with the ${least ? 'fewest' : 'most'} distinct coauthors${tie}: ${joinAnd(shown)}${caveat}.`,
    papers: tied.length === 1 ? end.papers.slice(0, 10) : [],
  };
}

/** Each person on the papers with how many distinct others they wrote with, most (or fewest) first, then by name. */
function coauthorRanking(
  index: PaperIndex,
  papers: readonly Paper[],
  fewestFirst: boolean,
): { name: string; papers: Paper[]; coauthors: number }[] {
  const people = authorRanking(index, papers, { want: 'superlative', papers: null }).slice();
  const others = new Map<string, Set<string>>();
  for (const p of papers) {
    const keys = [...new Set(p.authors.map(nameKey))];
    for (const k of keys) {
      const set = others.get(k) ?? new Set<string>();
      for (const o of keys) if (o !== k) set.add(o);
      others.set(k, set);
    }
  }
  return people
    .map((a) => ({ ...a, coauthors: others.get(nameKey(a.name))?.size ?? 0 }))
    .sort(
      (a, b) => (fewestFirst ? a.coauthors - b.coauthors : b.coauthors - a.coauthors) || a.name.localeCompare(b.name),
    );
}

/** "How many distinct authors / primary categories". */
export function countOtherAnswer(index: PaperIndex, sel: Selection, q: TypedQuestion, described: string): Said {
  if (q.countOf === 'authors') {
    const ranked = authorRanking(index, sel.papers, q);
    const hidden = sel.papers.reduce((n, p: Paper) => n + p.hiddenAuthorCount, 0);
    const hiddenNote = hidden
      ? `; ${hidden.toLocaleString('en-US')} more ${agreeing(hidden, 'author is', 'authors are')} hidden behind "et al." and not counted`
      : '';
    if (q.never)
      return {
        text: `${capitalize(plural(ranked.length, 'person', 'people'))} on the ${described} ${agreeing(ranked.length, 'is', 'are')} ${neverWords(q.never)}${neverNote(index, q.never)}.`,
        papers: [],
      };
    if (q.exceptAuthors?.length || q.authorsNamed) {
      const who = q.exceptAuthors?.length ? `${q.exceptAuthors[0]} has` : `The listing names`;
      const what = q.exceptAuthors?.length ? 'distinct coauthors' : `different people named ${q.authorsNamed}`;
      const names = ranked.length <= 12 ? `: ${joinAnd(ranked.slice().map((a) => a.name))}` : '';
      // "Divyat Mahajan has 34 distinct coauthors": on the papers shown to be theirs; others may hide more.
      return { text: `${who} ${ranked.length} ${what}${names}${hiddenNote}${unsureNote(sel)}.`, papers: [] };
    }
    if (q.authorPosition)
      return {
        text: `${plural(ranked.length, 'person is', 'different people are')} ${q.authorPosition} author of the ${described}${q.authorPosition === 'last' && hidden ? ' that show their whole author list' : ''}.`,
        papers: [],
      };
    if (q.minPapers || q.maxPapers) {
      const on = papersBound(q);
      return {
        text: `${plural(ranked.length, 'person is', 'people are')} on ${on} of the ${described}${hiddenNote}.`,
        papers: [],
      };
    }
    const spellings = new Set(sel.papers.flatMap((p) => p.authors)).size;
    const merged =
      spellings !== ranked.length ? ` (${ranked.length} once names that differ only in punctuation are merged)` : '';
    const entries = sel.papers.reduce((n, p) => n + p.authors.length, 0);
    // Hidden names cannot be told apart, so only author entries have a total with them.
    const total = hidden
      ? ` (${(entries + hidden).toLocaleString('en-US')} author entries in all with the hidden ones)`
      : '';
    return {
      text: `The ${described} name ${spellings} distinct authors${merged} in ${entries} author entries${hiddenNote}${total}${unsureNote(sel)}.`,
      papers: [],
    };
  }
  const cats = new Set(
    sel.papers.flatMap((p) => (q.countOf === 'primaryCategories' ? p.categories.slice(0, 1) : p.categories)),
  );
  if (cats.size === 0) return { text: 'The listing shows no categories.', papers: [], declined: true };
  const what = q.countOf === 'primaryCategories' ? 'different primary categories' : 'different categories';
  return { text: `${capitalize(what)} of the ${described}: ${cats.size}.`, papers: [] };
}

/** One person as the listing shows them. */
export function profileAnswer(index: PaperIndex, q: TypedQuestion): Said {
  const person = index.authors.get(q.people?.[0] ?? '');
  if (!person) return { text: 'I do not know that person in this listing.', papers: [], declined: true };
  const card = index.authors.card(person);
  const top = card.coauthors.slice(0, 3).map((c) => `${c.name} (${c.count})`);
  return {
    text: `${card.name} has ${plural(card.paperCount, 'paper')} in this listing, first submitted between ${formatDate(card.first)} and ${formatDate(card.last)}${top.length ? `; most frequent coauthors: ${joinAnd(top)}` : ''}. The newest is "${(card.papers[0] as Paper).title}".`,
    papers: card.papers,
  };
}
