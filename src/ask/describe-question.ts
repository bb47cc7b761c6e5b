import type { Clause, PaperFilter } from '../search/paper-filter.js';
import { ordinalWord } from './answer-place.js';
import type { TypedQuestion } from './typed-question.js';
import { joinAnd, papersBound } from './answer.js';
import { DATE_WORDS, MEASURE_WORDS, describeClause, describeFilter, neverWords, phrase } from './describe-filter.js';

const FIELD_WORDS: Record<string, string> = {
  authors: 'the authors',
  allAuthors: 'all the authors',
  firstAuthor: 'the first author',
  lastAuthor: 'the last author',
  secondAuthor: 'the second author',
  nthAuthor: 'the author at the asked position',
  authorCount: 'the number of authors',
  submitted: 'the first-version date',
  updated: 'the latest-version date',
  announced: 'the announcement month',
  revised: 'whether it was revised',
  versions: 'the number of versions',
  categories: 'the categories',
  primaryCategory: 'the primary category',
  crossLists: 'the cross-lists',
  comments: 'the comments',
  pages: 'the page count',
  figures: 'the number of figures',
  tables: 'the number of tables',
  venue: 'the venue',
  journalRef: 'the journal reference',
  doi: 'the DOI',
  reportNumber: 'the report number',
  acmClass: 'the ACM class',
  mscClass: 'the MSC class',
  code: 'the code link',
  projectPage: 'the project page',
  abstract: 'the abstract',
  id: 'the arXiv id',
  title: 'the title',
};
// A yes or no about one paper's field: "whether the paper "Pimba…" was revised".
const YES_NO_WORDS: Record<string, string> = {
  revised: 'was revised',
  crossLists: 'is cross-listed',
  doi: 'has a DOI',
  code: 'has a code link',
  journalRef: 'has a journal reference',
  venue: 'names a venue',
};

/** "whether the paper "X" is by Dhruv Mahajan": a yes or no about one named paper. */
function onePaper(f: PaperFilter | null): string | undefined {
  if (!f || !('all' in f)) return undefined;
  const paper = f.all.find((g): g is Clause => 'kind' in g && g.kind === 'paper');
  const rest = f.all.filter((g) => g !== paper);
  if (!paper || rest.length === 0) return undefined;
  return `whether ${describeClause(paper)} is ${rest.map(phrase).join(' ')}`;
}

/** The typed question in words, for the "understood" line. */
export function describeQuestion(q: TypedQuestion): string {
  const papers = describeFilter(q.papers);
  switch (q.want) {
    case 'papers':
      return q.limit ? `${papers}, the first ${q.limit}` : papers;
    case 'count':
      if (q.countOf === 'authors') {
        const on = `${q.minPapers || q.maxPapers ? ` on ${papersBound(q)} of them` : ''}${q.never ? `, ${neverWords(q.never)}` : ''}`;
        return `the number of ${q.authorPosition ? `${q.authorPosition} ` : ''}authors of ${papers}${on}`;
      }
      if (q.countOf)
        return `the number of ${q.countOf === 'primaryCategories' ? 'primary categories' : 'categories'} of ${papers}`;
      if (q.shareOf) return `the share of ${describeFilter(q.shareOf)} that are ${papers}`;
      return `the number of ${papers}${q.share ? ', as a share of the listing' : ''}`;
    case 'yesno':
      if (q.none) return `whether there are no ${papers}`;
      if (q.every) return `whether every one of ${describeFilter(q.everyOf ?? null)} is among ${papers}`;
      if (q.papers && 'kind' in q.papers && q.papers.kind === 'paper')
        return `whether ${papers} ${YES_NO_WORDS[q.fields?.[0] ?? ''] ?? 'is in the listing'}`;
      return onePaper(q.papers) ?? `whether there are ${papers}`;
    case 'field':
      return `${(q.fields ?? []).map((f) => FIELD_WORDS[f]).join(', ')} of ${q.each ? (papers.startsWith('the ') ? 'each of ' : 'each of the ') : ''}${papers}`;
    case 'authors':
      if (q.onEach)
        return `the people with papers among each of: ${q.onEach.map(describeFilter).join('; ')}${q.exceptAuthors?.length ? `, other than ${joinAnd(q.exceptAuthors)}` : ''}`;
      return `the ${q.authorPosition ? `${q.authorPosition} ` : ''}authors of ${papers}${q.exceptAuthors?.length ? `, other than ${q.exceptAuthors.join(', ')}` : ''}${q.minPapers || q.maxPapers ? `, on ${papersBound(q)} of them` : ''}${q.never ? `, ${neverWords(q.never)}` : ''}`;
    case 'distribution':
      if (q.crossListsOnly) return `the categories of ${papers} that are never a primary category`;
      if (q.emptyOnly)
        return `the ${q.groupBy}s with no ${papers}${q.dateField ? ` (${DATE_WORDS[q.dateField]})` : ''}`;
      return `${papers}, counted by ${q.groupBy}${q.dateField ? ` (${DATE_WORDS[q.dateField]})` : ''}`;
    case 'superlative': {
      const fields = (q.fields ?? []).map((f) => FIELD_WORDS[f]);
      return (fields.length ? `${fields.join(', ')} of ` : '') + superlative(q, papers);
    }
    case 'average':
      return `the ${q.statistic === 'median' ? 'median' : 'average'} number of ${MEASURE_WORDS[q.measure ?? 'authors']} of ${papers}`;
    case 'compare':
      return `${(q.people ?? []).join(' and ')} side by side`;
    case 'profile':
      return `who ${(q.people ?? []).join(', ')} is, from the listing`;
    case 'describe':
      return `what ${papers} ${q.papers && 'kind' in q.papers && q.papers.kind === 'paper' ? 'is' : 'are'} about`;
  }
}

const GROUP_WORDS: Record<string, string> = {
  year: 'year',
  month: 'month',
  day: 'day',
  category: 'category',
  primaryCategory: 'primary category',
  author: 'author',
  venue: 'venue',
  weekday: 'day of the week',
};

/** "Dhruv Mahajan's most frequent coauthor", "the day with the most papers", "the paper with the most authors". */
function superlative(q: TypedQuestion, papers: string): string {
  return q.place ? `${firstPlace(q, papers)}, in ${ordinalWord(q.place)} place` : firstPlace(q, papers);
}

function firstPlace(q: TypedQuestion, papers: string): string {
  const most = q.direction === 'least' ? 'fewest' : 'most';
  if (q.groupBy === 'author' && q.rankBy === 'coauthors')
    return `the author with the ${most} distinct coauthors${q.papers ? ` on the ${papers}` : ''}`;
  if (q.groupBy === 'author' && q.exceptAuthors?.length)
    return `${q.exceptAuthors.join(', ')}'s most frequent coauthor`;
  if (q.groupBy) {
    const among = q.papers ? ` among ${/^the /.test(papers) ? '' : 'the '}${papers}` : '';
    const word = GROUP_WORDS[q.groupBy] as string;
    const top = q.limit && q.limit > 1 ? `${q.limit} ${word.replace(/y$/, 'ie')}s` : word;
    return `the ${top} with the ${most} papers${q.authorPosition ? ` as ${q.authorPosition} author` : ''}${among}${q.authorsNamed ? `, of the authors named ${q.authorsNamed}` : ''}${q.exceptNamed ? `, leaving out everyone named ${q.exceptNamed}` : ''}`;
  }
  const which = q.papers ? ` of ${/^the /.test(papers) ? '' : 'the '}${papers}` : '';
  const n = q.limit && q.limit > 1 ? `${q.limit} ` : '';
  const paper = n ? 'papers' : 'paper';
  if (q.measure === 'submitted' || q.measure === 'updated') {
    const age = q.direction === 'least' ? 'oldest' : 'newest';
    return `the ${n}${age} ${paper}${which} by ${q.measure === 'submitted' ? 'first version' : 'latest version'}`;
  }
  const measure = MEASURE_WORDS[q.measure ?? 'authors'];
  return `the ${n}${paper}${which} with the ${q.direction === 'least' ? 'least' : 'most'} ${measure}`;
}
