import type { Paper } from '../listing/paper.js';
import { nameKey } from '../listing/names.js';
import { selectPapers } from '../search/filter-engine.js';
import { clausesOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { PeopleRanking } from '../search/people-table.js';
import type { TypedQuestion } from './typed-question.js';

/** People on the papers, ranked by how many they are on. */
export function authorRanking(index: PaperIndex, papers: readonly Paper[], q: TypedQuestion): PeopleRanking {
  const except = new Set((q.exceptAuthors ?? []).map(nameKey));
  if (q.never) for (const key of neverKeys(index, q.never)) except.add(key);
  const named = q.authorsNamed ? ` ${nameKey(q.authorsNamed)} ` : '';
  const unwanted = q.exceptNamed ? ` ${nameKey(q.exceptNamed)} ` : '';
  const counts = (key: string) =>
    !except.has(key) && (!named || ` ${key} `.includes(named)) && !(unwanted && ` ${key} `.includes(unwanted));
  return index.people.rank(papers, {
    ...(q.authorPosition ? { position: q.authorPosition } : {}),
    ...(except.size > 0 || named || unwanted ? { counts } : {}),
    ...(q.minPapers ? { minPapers: q.minPapers } : {}),
    ...(q.maxPapers ? { maxPapers: q.maxPapers } : {}),
  });
}

/** The people a `never` condition leaves out: those on its papers, at its place when it has one. */
function neverKeys(index: PaperIndex, never: NonNullable<TypedQuestion['never']>): string[] {
  const papers = never.papers ? selectPapers(index, never.papers).papers : index.papers;
  // "never wrote with X in q-bio.NC": X is left out even when X has no such paper.
  const named = clausesOf(never.papers).flatMap((c) => (c.kind === 'author' ? [nameKey(c.name)] : []));
  return [
    ...named,
    ...index.people
      .rank(papers, never.position ? { position: never.position } : {})
      .slice()
      .map((a) => nameKey(a.name)),
  ];
}

/** The papers whose hidden names could hold people a `never` condition leaves out, so its "never" is by the names shown. */
export function neverUnsure(index: PaperIndex, never: NonNullable<TypedQuestion['never']>): Paper[] {
  if (never.position === 'first') return [];
  const papers = never.papers ? selectPapers(index, never.papers).papers : index.papers;
  return papers.filter((p) => p.hiddenAuthorCount > 0);
}
