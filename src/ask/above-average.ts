import { type Paper, totalAuthors } from '../listing/paper.js';
import { selectPapers } from '../search/filter-engine.js';
import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { tally } from '../base/tally.js';
import { measureOf } from '../search/paper-measures.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { medianOf } from './answer-aggregates.js';

/** What a paper (or a person) is compared by with the average or median of its group. */
type Compared = 'authors' | 'shownAuthors' | 'pages' | 'revisionGap' | 'papers';

const STAT = /\b(average|mean|median)\b/i;
// The word that links the compared thing to the average: "more authors than the average", "above the median".
const LINK = /\b(?:than|as|above|below)\b/gi;
const FACTORS: Record<string, number> = {
  twice: 2,
  double: 2,
  triple: 3,
  'three times': 3,
  'four times': 4,
  'five times': 5,
};

const PEOPLE = /(?:^|,\s*)(?:who|who's|which (?:people|authors|co-?authors|persons))\b/i;
// "who's on more than a quarter of the 2025 papers", "co-authors … on at least half of his papers".
const SHARE_OF_PAPERS =
  /\b(?:on|in) (at least |more than |over )?(half|a quarter|a third|a tenth) of (?:the )?((?:\S+ ){0,4}?)papers\b/i;
const FRACTIONS: Record<string, number> = { half: 0.5, 'a quarter': 0.25, 'a third': 1 / 3, 'a tenth': 0.1 };

// "how many primary categories have more papers than the average primary category".
const GROUPS_ABOVE =
  /^how many (primary categories|categories|years|months|days) (?:have|had|hold) (more|fewer) papers than (?:the )?(?:average|mean|median)\b/i;

function groupsAboveAverage(index: PaperIndex, text: string): Answer | undefined {
  const m = GROUPS_ABOVE.exec(text);
  if (!m) return undefined;
  const what = (m[1] as string).toLowerCase();
  const keyOf = (p: Paper): string[] =>
    what === 'primary categories'
      ? p.categories.slice(0, 1)
      : what === 'categories'
        ? p.categories
        : [p.submitted.slice(0, what === 'years' ? 4 : what === 'months' ? 7 : 10)];
  const counts = tally(index.papers.flatMap(keyOf));
  const mean = [...counts.values()].reduce((a, b) => a + b, 0) / counts.size;
  const more = /more/i.test(m[2] as string);
  const chosen = [...counts].filter(([, n]) => (more ? n > mean : n < mean));
  const one = what === 'primary categories' ? 'primary category' : what.replace(/ies$/, 'y').replace(/s$/, '');
  return {
    answer: `${chosen.length} of the ${counts.size} ${what} have ${more ? 'more' : 'fewer'} papers than the mean of ${+mean.toFixed(1)} per ${one}.`,
    understood: `${what} with ${more ? 'more' : 'fewer'} papers than their mean`,
    papers: [],
  };
}

/** How one thing is compared with the average: `>`, `<` or `>=`, and a factor ("twice the average"). */
interface Rule {
  op: '>' | '<' | '>=';
  factor: number;
  statistic: 'mean' | 'median';
  measure: Compared;
}

/** "Which papers have more authors than the cs.CL average", "who's on more papers than the average author": or undefined. */
export function aboveAverage(
  index: PaperIndex,
  text: string,
  scopeOf: (q: string) => PaperFilter | null,
): Answer | undefined {
  const groups = groupsAboveAverage(index, text);
  if (groups) return groups;
  const share = SHARE_OF_PAPERS.exec(text);
  if (share && PEOPLE.test(text)) {
    const papers = selectPapers(index, scopeOf(scopeText(text.replace(share[0], ` ${share[3]} papers`)))).papers;
    const op = /at least/i.test(share[1] ?? '') ? '>=' : '>';
    const factor = FRACTIONS[(share[2] as string).toLowerCase()] ?? 0.5;
    const rule: Rule = { op, factor, statistic: 'mean', measure: 'papers' };
    return papers.length ? peopleAnswer(index, papers, rule, text, true) : undefined;
  }
  const stat = STAT.exec(text);
  if (!stat) return undefined;
  const link = [...text.slice(0, stat.index).matchAll(LINK)].at(-1);
  if (link?.index === undefined) return undefined;
  const rule = ruleOf(text.slice(Math.max(0, link.index - 40), stat.index), text, stat[1] as string);
  const papers = basePapers(index, rule, scopeOf(scopeText(text)));
  if (papers.length === 0) return undefined;
  return rule.measure === 'papers' ? peopleAnswer(index, papers, rule, text) : papersAnswer(papers, rule, text);
}

/** The conditions an answer's typed query put on its papers, its topic words left out (they are the question's noise here). */
export function scopeOf(answer: Answer): PaperFilter | null {
  const f = answer.query?.papers ?? null;
  if (!f || answer.declined) return null;
  if ('all' in f) {
    const kept = f.all.filter((c) => !('kind' in c && c.kind === 'topic'));
    return kept.length === 0 ? null : kept.length === 1 ? (kept[0] as PaperFilter) : { all: kept };
  }
  return 'kind' in f && f.kind === 'topic' ? null : f;
}

function ruleOf(said: string, text: string, statWord: string): Rule {
  const times = /\b(twice|double|triple|three times|four times|five times)\b/i.exec(said)?.[1];
  const less = /\b(?:fewer|less|smaller|shorter|below|lower|under)\b/i.test(said);
  const op = /\bat least\b/i.test(said) ? '>=' : less ? '<' : '>';
  const factor = times ? (FACTORS[times.toLowerCase()] ?? 1) : 1;
  const statistic = /median/i.test(statWord) ? 'median' : 'mean';
  const people =
    /(?:^|,\s*)(?:who|which (?:people|authors|co-?authors|persons))\b|\bhow many (?:people|authors)\b/i.test(text) &&
    !/^who (?:first[- ]authored|wrote|is the first author|are the first authors)\b/i.test(text);
  const measure: Compared = people
    ? 'papers'
    : /\bpages?\b|\b(?:average )?length\b(?<!title length)|\blonger papers\b/i.test(text) && !/\btitles?\b/i.test(text)
      ? 'pages'
      : /\btook longer|\bto reach (?:their|its) latest|\bfrom (?:their|its) first version to\b|\bgap\b/i.test(text)
        ? 'revisionGap'
        : /\bshown names?\b|\bnames shown\b/i.test(text)
          ? 'shownAuthors'
          : 'authors';
  return { op, factor, statistic, measure };
}

/** The words that say which papers: the question without its asking, comparing and measure words. */
function scopeText(words: string): string {
  return words
    .replace(
      /\b(?:which|what|how many|who(?:'s| is| are)?|ones?|papers?|have|has|had|state|states|are|is|on|of them|people|persons|co-?authors|appear|appears|took|take|to get|to reach|their|its|latest version|latest one|first version|team|teams|size|number|count|page|pages|does|do|paper|author|here|the|that|year's|group|those|give|gives|one|a|an|than|as|many|more|fewer|papers per|counting|hidden|et al\.?|authors?|counted|too|only|cross-lists? (?:included|counted|count)|primary or cross-?list(?:ed)?)\b/gi,
      ' ',
    )
    .replace(/[?,;:()!]+|\.(?=\s|$)/g, ' ')
    .replace(/\b(?:for|of|among|in|from|with|by|only|including|included|looking|at|just|all|every|any)\b/gi, ' ')
    .replace(
      /\b(?:more|fewer|less|bigger|larger|smaller|longer|shorter|above|below|higher|lower|greater|twice|double|triple|times|least|average|mean|median|took|get|reach|whose|who|ones|later|be|at)\b/gi,
      ' ',
    )
    .replace(/\b(?:19|20)\d{2}\b/g, 'in $&')
    .split(/\s+/)
    .filter((w, i, all) => w && all.indexOf(w) === i)
    .join(' ');
}

function basePapers(index: PaperIndex, rule: Rule, scope: PaperFilter | null): Paper[] {
  const papers = selectPapers(index, scope).papers;
  if (rule.measure === 'pages') return papers.filter((p) => measureOf(p, 'pages') !== undefined);
  if (rule.measure === 'revisionGap') return papers.filter((p) => measureOf(p, 'revisionGap') !== undefined);
  return papers;
}

function valueOf(p: Paper, measure: Exclude<Compared, 'papers'>): number {
  return measure === 'authors' ? totalAuthors(p) : (measureOf(p, measure) ?? 0);
}

/** The mean or the median of these values. */
export function statisticOf(values: readonly number[], statistic: 'mean' | 'median'): number {
  return statistic === 'mean' ? values.reduce((a, b) => a + b, 0) / values.length : medianOf(values);
}

const fits = (v: number, op: Rule['op'], limit: number) =>
  op === '>' ? v > limit : op === '<' ? v < limit : v >= limit;
const WORDS: Record<Exclude<Compared, 'papers'>, string> = {
  authors: 'authors (hidden ones included)',
  shownAuthors: 'authors shown',
  pages: 'pages',
  revisionGap: 'days from first to latest version',
};

function ruleWords(rule: Rule, stat: number, of: string): string {
  const cmp = rule.op === '>' ? 'more than' : rule.op === '<' ? 'fewer than' : 'at least';
  const times = rule.factor > 1 ? `${rule.factor} times ` : '';
  return `${cmp} ${times}the ${rule.statistic} of ${+stat.toFixed(1)} ${of}`;
}

function papersAnswer(papers: readonly Paper[], rule: Rule, text: string): Answer {
  const measure = rule.measure as Exclude<Compared, 'papers'>;
  const stat = statisticOf(
    papers.map((p) => valueOf(p, measure)),
    rule.statistic,
  );
  const chosen = papers.filter((p) => fits(valueOf(p, measure), rule.op, rule.factor * stat));
  const said = `${ruleWords(rule, stat, WORDS[measure])} over these ${plural(papers.length, 'paper')}`;
  const understood = `papers with ${said}`;
  if (/^who (?:first[- ]authored|is the first author|are the first authors)\b/i.test(text)) {
    const names = [...new Set(chosen.map((p) => p.authors[0] ?? ''))].filter(Boolean);
    return {
      answer: `First authors of the ${plural(chosen.length, 'paper')} with ${said}: ${joinAnd(names)}.`,
      understood,
      papers: chosen,
    };
  }
  if (/^how many\b/i.test(text))
    return {
      answer: `${plural(chosen.length, 'paper')} of ${papers.length} have ${said}.`,
      understood,
      papers: chosen,
    };
  const list = chosen.map((p) => `"${p.title}" (${+valueOf(p, measure).toFixed(1)})`);
  return {
    answer: `Papers with ${said}: ${chosen.length}${list.length ? ` — ${joinAnd(list.slice(0, 20))}` : ''}.`,
    understood,
    papers: chosen,
  };
}

function peopleAnswer(index: PaperIndex, papers: readonly Paper[], rule: Rule, text: string, ofPapers = false): Answer {
  // Names that differ only in case, accents or punctuation are one person, as in every ranking of people.
  const counts = new Map(
    index.people
      .rank(papers)
      .slice()
      .map((a) => [a.name, a.papers.length]),
  );
  // "co-authors of X": X left out.
  const of = /\bco-?authors of (.+?) (?:are|who|on)\b/i.exec(text)?.[1]?.toLowerCase();
  if (of) for (const k of [...counts.keys()]) if (k.toLowerCase() === of) counts.delete(k);
  const stat = ofPapers ? papers.length : statisticOf([...counts.values()], rule.statistic);
  const chosen = [...counts]
    .filter(([, n]) => fits(n, rule.op, rule.factor * stat))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const hidden = papers.filter((p) => p.hiddenAuthorCount > 0).length;
  const note = hidden ? ` (by the names shown: ${plural(hidden, 'paper')} hide some authors)` : '';
  const cmp = rule.op === '>=' ? 'at least' : 'more than';
  const said = ofPapers
    ? `${cmp} ${+(rule.factor * stat).toFixed(2)} of these ${plural(papers.length, 'paper')}`
    : `${ruleWords(rule, stat, 'papers per person')} over the ${plural(counts.size, 'person')} on these ${plural(papers.length, 'paper')}`;
  const understood = `people on ${said}`;
  if (/^how many\b/i.test(text))
    return { answer: `${plural(chosen.length, 'person')}: ${said}${note}.`, understood, papers: [] };
  const names = chosen.map(([a, n]) => `${a} (${n})`);
  return { answer: `People on ${said}: ${joinAnd(names) || 'none'}${note}.`, understood, papers: [] };
}
