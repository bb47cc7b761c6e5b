import { type Paper, totalAuthors } from '../listing/paper.js';
import { selectPapers } from '../search/filter-engine.js';
import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { measureOf } from '../search/paper-measures.js';
import { statisticOf as statisticOfValues } from './above-average.js';
import type { Answer } from './answer.js';

type Measure = 'authors' | 'pages';
type Statistic = 'mean' | 'median';

// "On average, how many authors do cs.CV papers have compared with cs.CL papers".
const HOW_MANY =
  /^(?:on average,? )?how many (authors|pages) do (?:the )?(\S+) (?:papers|ones) have(?: on average)? compared (?:with|to) (?:the )?(\S+)(?: papers| ones)?\b/i;
// "do the cs.CL ones average more pages than the cs.SE ones", "do the q-bio.NC papers have more authors on average than the stat.ME ones".
const DO_MORE =
  /\bdo (?:the )?(\S+) (?:papers|ones) (?:average (more|fewer) (pages|authors)|have (?:the )?(more|most|fewer|bigger|larger|smaller) (pages|authors|teams)s? on average) than (?:the )?(\S+?)(?: papers| ones)?[?.!]*$/i;
// "is the median number of authors bigger in December than in November".
const IS_BIGGER =
  /^is the (median|average|mean) (number of authors|page count|number of pages) (bigger|larger|higher|smaller|lower) (?:in|for) (\S+(?: \d{4})?) than (?:in|for) (\S+(?: \d{4})?)\b/i;
// "is the median author count lower than the mean".
const MEDIAN_MEAN =
  /^is the (median|mean|average) (?:author count|number of authors|page count|number of pages) (lower|smaller|higher|bigger|larger) than the (median|mean|average)\b/i;

/** Two averages compared: of two groups of papers, or the median against the mean; undefined for other questions. */
export function twoAverages(
  index: PaperIndex,
  text: string,
  scopeOf: (q: string) => PaperFilter | null,
): Answer | undefined {
  const of = (side: string, measure: Measure, statistic: Statistic) => {
    const papers = selectPapers(index, scopeOf(`in ${side}`)).papers.filter(
      (p) => measure !== 'pages' || measureOf(p, 'pages') !== undefined,
    );
    return { side, n: papers.length, v: statisticOf(papers, measure, statistic) };
  };
  const said = (s: { side: string; n: number; v: number }, what: string) =>
    `${s.side}: ${+s.v.toFixed(1)} ${what} over ${s.n} papers`;
  const how = HOW_MANY.exec(text);
  if (how) {
    const measure = how[1]?.toLowerCase() as Measure;
    const parts = [of(how[2] as string, measure, 'mean'), of(how[3] as string, measure, 'mean')];
    const answers: Answer[] = parts.map((s) => ({
      answer: `On average ${+s.v.toFixed(1)} ${measure} per ${s.side} paper over ${s.n} papers.`,
      understood: `the average number of ${measure} of the ${s.side} papers`,
      papers: [],
    }));
    return {
      answer: answers.map((a) => a.answer).join(' '),
      understood: answers.map((a) => a.understood).join('; '),
      papers: [],
      parts: answers,
    };
  }
  const more = DO_MORE.exec(text);
  if (more) {
    const measure: Measure = /page/i.test(more[3] ?? more[5] ?? '') ? 'pages' : 'authors';
    const fewer = /fewer|smaller/i.test(more[2] ?? more[4] ?? '');
    const [a, b] = [of(more[1] as string, measure, 'mean'), of(more[6] as string, measure, 'mean')];
    const yes = fewer ? a.v < b.v : a.v > b.v;
    return {
      answer: `${yes ? 'Yes' : 'No'}: ${said(a, `${measure} on average`)}; ${said(b, `${measure} on average`)}.`,
      understood: `the average ${measure} of the ${a.side} papers against the ${b.side} papers`,
      papers: [],
    };
  }
  return isBigger(text, of, said) ?? medianAgainstMean(index, text);
}

function isBigger(
  text: string,
  of: (side: string, m: Measure, s: Statistic) => { side: string; n: number; v: number },
  said: (s: { side: string; n: number; v: number }, what: string) => string,
): Answer | undefined {
  const m = IS_BIGGER.exec(text);
  if (!m) return undefined;
  const statistic: Statistic = /median/i.test(m[1] as string) ? 'median' : 'mean';
  const measure: Measure = /page/i.test(m[2] as string) ? 'pages' : 'authors';
  const [a, b] = [of(m[4] as string, measure, statistic), of(m[5] as string, measure, statistic)];
  const yes = /smaller|lower/i.test(m[3] as string) ? a.v < b.v : a.v > b.v;
  const what = `${measure} (${statistic})`;
  return {
    answer: `${yes ? 'Yes' : 'No'}: ${said(a, what)}; ${said(b, what)}.`,
    understood: `the ${statistic} ${measure} in ${a.side} against ${b.side}`,
    papers: [],
  };
}

function medianAgainstMean(index: PaperIndex, text: string): Answer | undefined {
  const m = MEDIAN_MEAN.exec(text);
  if (!m) return undefined;
  const measure: Measure = /page/i.test(text) ? 'pages' : 'authors';
  const papers = index.papers.filter((p) => measure !== 'pages' || measureOf(p, 'pages') !== undefined);
  const first = /median/i.test(m[1] as string) ? 'median' : 'mean';
  const second = /median/i.test(m[3] as string) ? 'median' : 'mean';
  const [x, y] = [statisticOf(papers, measure, first), statisticOf(papers, measure, second)];
  const yes = /lower|smaller/i.test(m[2] as string) ? x < y : x > y;
  return {
    answer: `${yes ? 'Yes' : 'No'}: the ${first} is ${+x.toFixed(1)} ${measure} and the ${second} ${+y.toFixed(1)}, over ${papers.length} papers.`,
    understood: `the ${first} number of ${measure} against the ${second}`,
    papers: [],
  };
}

function statisticOf(papers: readonly Paper[], measure: Measure, statistic: Statistic): number {
  const values = papers.map((p) => (measure === 'authors' ? totalAuthors(p) : (measureOf(p, 'pages') ?? 0)));
  return values.length === 0 ? NaN : statisticOfValues(values, statistic);
}
