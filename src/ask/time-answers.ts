// Questions about when, answered from the dates alone: the paper closest in time to another, the
// weekday of a paper, the listing's newest date, the month a person first published here, and
// whether two papers came out within so many days of each other.
import { formatDate, monthName } from '../listing/dates.js';
import { type Paper, totalAuthors } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { measureOf } from '../search/paper-measures.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { NUMBER, numberOf } from './number-words.js';
import { paperNamed } from './relative-to-paper.js';
import { firstPaperOf } from './relative-periods.js';
import { latestDay } from './read-dates.js';

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const weekday = (iso: string) => WEEKDAYS[new Date(dayOf(iso)).getUTCDay()] as string;
const cite = (p: Paper) => `"${p.title}" (${p.arxivId ?? p.id})`;

const CLOSEST =
  /^(?:(?:apart from|other than|besides|except(?: for)?) (.+?),\s*)?(?:which|what) (?:paper|one) (?:came out|was (?:first )?submitted|appeared|was posted) (?:closest|nearest) (?:in time )?to (.+?)(?:,\s*(?:apart from|other than|besides|except(?: for)?) (.+?))?\W*$/i;
const WEEKDAY_OF =
  /^(?:on )?(?:what|which) (?:weekday|day of the week) (?:was|is|did) (.+?) (?:first )?(?:submitted|posted|come out|appear|published)(?: on)?\W*$/i;
const NEWEST_DATE =
  /^(?:what|which) (?:is|was) the (?:newest|latest|most recent) date (?:in (?:this|the) listing|here)\W*$|^what day of the week is the (?:newest|latest|most recent) date (?:in (?:this|the) listing|here)\W*$/i;
const FIRST_MONTH =
  /^(?:in |on )?(?:which|what) month did (.+?) (?:first|frist) (?:publish|post|submit|appear)(?: here| in (?:this|the) listing)?\W*$/i;
const WITHIN_EACH_OTHER = new RegExp(
  String.raw`^(?:did|were) (.+?) and (.+?) (?:come out|(?:first )?submitted|appear|get posted) within (${NUMBER}|a) (days?|weeks?) of each other\W*$`,
  'i',
);

/** An answer from the dates alone; undefined for any other question. */
export function timeAnswer(index: PaperIndex, text: string): Answer | undefined {
  return (
    closest(index, text) ??
    nextTo(index, text) ??
    weekdayOf(index, text) ??
    newestDate(index, text) ??
    firstMonth(index, text) ??
    withinEachOther(index, text) ??
    papersApart(index, text)
  );
}

const PAPERS_APART = new RegExp(
  String.raw`^(?:which|what) (?:authors|people) (?:have|has) (?:two|2) papers(?: here)? (?:that were |which were )?(?:first )?(?:submitted|out|posted) exactly (${NUMBER}|a) days? apart\W*$`,
  'i',
);

/** "Which authors have two papers first submitted exactly 2 days apart": going by the names shown. */
function papersApart(index: PaperIndex, text: string): Answer | undefined {
  const m = PAPERS_APART.exec(text);
  if (!m) return undefined;
  const gap = m[1] === 'a' ? 1 : numberOf(m[1] as string);
  const byName = new Map<string, Paper[]>();
  for (const p of index.papers) for (const a of p.authors) byName.set(a, [...(byName.get(a) ?? []), p]);
  const found = [...byName].filter(([, ps]) =>
    ps.some((a, i) => ps.slice(i + 1).some((b) => Math.abs(dayOf(a.submitted) - dayOf(b.submitted)) / DAY === gap)),
  );
  const hidden = index.papers.some((p) => p.hiddenAuthorCount > 0) ? ' (going by the names shown)' : '';
  return {
    answer: found.length
      ? `${plural(found.length, 'person has', 'people have')} two papers first submitted exactly ${plural(gap, 'day')} apart${hidden}: ${joinAnd(found.map(([name]) => name))}.`
      : `No one has two papers first submitted exactly ${plural(gap, 'day')} apart${hidden}.`,
    understood: `the people with two papers whose first versions are exactly ${plural(gap, 'day')} apart`,
    papers: [...new Set(found.flatMap(([, ps]) => ps))],
  };
}
function closest(index: PaperIndex, text: string): Answer | undefined {
  const m = CLOSEST.exec(text);
  const p = m && paperNamed(index, m[2] as string);
  if (!m || !p) return undefined;
  const leftOut = m[1] ?? m[3];
  const left = leftOut ? paperNamed(index, leftOut) : undefined;
  const gap = (q: Paper) => Math.abs(dayOf(q.submitted) - dayOf(p.submitted)) / DAY;
  const others = index.papers.filter((q) => q !== p && q !== left);
  const best = Math.min(...others.map(gap));
  const tied = others.filter((q) => gap(q) === best);
  if (tied.length === 0) return undefined;
  const side = (q: Paper) =>
    q.submitted < p.submitted ? 'before' : q.submitted > p.submitted ? 'after' : 'on the same day as';
  const said = tied.map(
    (q) => `${cite(q)}, first submitted ${formatDate(q.submitted)}, ${best === 0 ? '' : `${best} days `}${side(q)} it`,
  );
  return {
    answer: `${tied.length > 1 ? `Tied, ${tied.length} papers` : 'The paper'} closest in time to "${p.title}" (first submitted ${formatDate(p.submitted)})${left ? `, other than "${left.title}"` : ''}: ${joinAnd(said)}.`,
    understood: `the paper first submitted nearest in days to "${p.title}"`,
    papers: tied,
  };
}

// "which paper comes right after NVLM by first submission", "the paper just before LeaseGuard".
const NEXT_TO =
  /^(?:(?:which|what) (?:paper|one) (?:comes|came|was (?:first )?submitted|is|was)? ?|(?:the )?(?:[a-z][a-z-]*\.[A-Za-z-]+ )?(?:paper|one) )(?:right |just |immediately |directly )(after|before) (.+?)(?:,? (?:going )?by (?:first submission|first version|first-version date|date))?(\s*[:,-]+\s*how many (authors|pages)(?: does it (?:list|have))?)?\W*$/i;

/** The paper whose first version comes next after (or just before) a named paper's day, ties named. */
function nextTo(index: PaperIndex, text: string): Answer | undefined {
  const m = NEXT_TO.exec(text);
  const p = m && paperNamed(index, m[2] as string);
  if (!m || !p) return undefined;
  const after = /after/i.test(m[1] as string);
  // "the cs.DC paper right before LeaseGuard": among the papers in that category.
  const code = /^(?:the )?([a-z][a-z-]*\.[A-Za-z-]+) (?:paper|one)\b/i.exec(text)?.[1];
  const side = index.papers.filter(
    (q) => (!code || q.categories.includes(code)) && (after ? q.submitted > p.submitted : q.submitted < p.submitted),
  );
  if (side.length === 0)
    return {
      answer: `No paper was first submitted ${after ? 'after' : 'before'} "${p.title}" (${formatDate(p.submitted)}).`,
      understood: `the paper first submitted right ${m[1]} "${p.title}"`,
      papers: [],
    };
  const day = side.map((q) => q.submitted).reduce((a, b) => (after ? (a < b ? a : b) : a > b ? a : b));
  const tied = side.filter((q) => q.submitted === day);
  // "…: how many authors does it list": each paper's authors, hidden ones included.
  const pages = (q: Paper) => measureOf(q, 'pages');
  const said = (q: Paper) =>
    !m[3]
      ? cite(q)
      : m[4]?.toLowerCase() === 'pages'
        ? `${cite(q)} with ${pages(q) === undefined ? 'no page count in its comments' : plural(pages(q) as number, 'page')}`
        : `${cite(q)} with ${plural(totalAuthors(q), 'author')}`;
  return {
    answer: `${tied.length > 1 ? `Tied, ${tied.length} papers` : 'The paper'} first submitted right ${after ? 'after' : 'before'} "${p.title}" (${formatDate(p.submitted)}), on ${formatDate(day)}: ${joinAnd(tied.map(said))}.`,
    understood: `the paper first submitted right ${after ? 'after' : 'before'} "${p.title}"`,
    papers: tied,
  };
}

function weekdayOf(index: PaperIndex, text: string): Answer | undefined {
  const m = WEEKDAY_OF.exec(text);
  const p = m && paperNamed(index, m[1] as string);
  if (!m || !p) return undefined;
  return {
    answer: `"${p.title}" was first submitted on a ${weekday(p.submitted)} (${formatDate(p.submitted)}, as arXiv dates it).`,
    understood: `the weekday of the first version of "${p.title}"`,
    papers: [p],
  };
}

function newestDate(index: PaperIndex, text: string): Answer | undefined {
  if (!NEWEST_DATE.test(text) || index.papers.length === 0) return undefined;
  const latest = latestDay(index);
  const on = index.papers.filter((p) => p.updated === latest);
  const kinds = on.map((p) => (p.submitted === latest ? 'first' : 'latest'));
  return {
    answer: `The newest date in the listing is ${formatDate(latest)}, a ${weekday(latest)}: the ${kinds.includes('first') ? 'first' : 'latest'} version of ${joinAnd(on.slice(0, 5).map(cite))}${on.length > 5 ? ` and ${plural(on.length - 5, 'more')}` : ''}.`,
    understood: "the listing's newest date",
    papers: on,
  };
}

function firstMonth(index: PaperIndex, text: string): Answer | undefined {
  const m = FIRST_MONTH.exec(text);
  const found = m ? firstPaperOf(index, m[1] as string) : undefined;
  if (!found) return undefined;
  const { name, paper: first } = found;
  const month = `${monthName(Number(first.submitted.slice(5, 7)))} ${first.submitted.slice(0, 4)}`;
  return {
    answer: `${month}: ${name}'s first paper here is ${cite(first)}, first submitted ${formatDate(first.submitted)}.`,
    understood: `the month of ${name}'s oldest paper in the listing`,
    papers: [first],
  };
}

function withinEachOther(index: PaperIndex, text: string): Answer | undefined {
  const m = WITHIN_EACH_OTHER.exec(text);
  const [a, b] = m ? [paperNamed(index, m[1] as string), paperNamed(index, m[2] as string)] : [];
  if (!m || !a || !b || a === b) return undefined;
  const limit = (m[3] === 'a' ? 1 : numberOf(m[3] as string)) * (/^week/i.test(m[4] as string) ? 7 : 1);
  const apart = Math.abs(dayOf(a.submitted) - dayOf(b.submitted)) / DAY;
  return {
    answer: `${apart <= limit ? 'Yes' : 'No'}: ${apart} days apart. "${a.title}" was first submitted on ${formatDate(a.submitted)} and "${b.title}" on ${formatDate(b.submitted)}.`,
    understood: `whether the first versions of "${a.title}" and "${b.title}" are at most ${limit} days apart`,
    papers: [a, b],
  };
}
