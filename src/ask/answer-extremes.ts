import { formatDate } from '../listing/dates.js';
import { type Paper, isRevised } from '../listing/paper.js';
import { measureOf } from '../search/paper-measures.js';
import type { Measure } from '../search/paper-filter.js';
import { capitalize, firstWithTies, joinAnd, plural, topWords } from './answer.js';
import type { Said } from './answer-sets.js';
import type { TypedQuestion } from './typed-question.js';
import { atPlace, ordinalWord, placeLead } from './answer-place.js';

/** A paper's value of a measure as the answer says it: "first submitted 3 May 2024", "12 authors". */
function shown(p: Paper, measure: NonNullable<TypedQuestion['measure']>, v: number): string {
  switch (measure) {
    case 'submitted':
      return `first submitted ${formatDate(p.submitted)}`;
    case 'updated':
      return `latest version ${formatDate(p.updated)}${p.updated !== p.submitted ? `, first submitted ${formatDate(p.submitted)}` : ''}`;
    case 'revisionGap':
      return `${v} days from ${formatDate(p.submitted)} to ${formatDate(p.updated)}`;
    case 'authors':
      return p.hiddenAuthorCount > 0
        ? `${v} authors, ${p.hiddenAuthorCount} of them hidden by "et al."`
        : plural(v, 'author');
    case 'shownAuthors':
      return plural(v, 'author') + ' shown';
    case 'pages':
      return plural(v, 'page');
    case 'versions':
      return plural(v, 'version');
    case 'figures':
      return plural(v, 'figure');
    case 'tables':
      return plural(v, 'table');
    case 'titleWords':
      return plural(v, 'word');
    case 'arxivId':
      return `arXiv id ${p.arxivId ?? v}`;
    default:
      return `${v} ${measure === 'titleLength' ? 'characters' : measure}`;
  }
}

/** The paper with the most or least of a measure, naming every tie. */
export function extremeAnswer(papers: readonly Paper[], q: TypedQuestion, described: string): Said {
  const measure = q.measure ?? 'authors';
  const uncounted = measure === 'versions' && q.direction !== 'least' ? revisedUncounted(papers) : [];
  if (uncounted.length > 0) return revisedAnswer(uncounted);
  const { values, known, best } = measured(papers, measure, q.direction);
  if (known === 0)
    return {
      text: `No ${described} ${measure === 'pages' ? 'state a page count' : 'have that measure'} in this listing.`,
      papers: [],
      declined: true,
    };
  if (q.place) return placeAnswer(papers, values, q, measure, described);
  const top = q.limit ? ranking(papers, values, q) : atValue(papers, values, best);
  const unknown = papers.length - known;
  const caveat = unknown > 0 ? ` (among the ${known} that state it; ${unknown} do not)` : '';
  const cap = Math.max(20, q.limit ?? 0);
  const list = top.slice(0, cap).map((k) => `"${k.p.title}" (${k.p.arxivId ?? k.p.id}; ${shown(k.p, measure, k.v)})`);
  if (top.length > cap) list.push(`${(top.length - cap).toLocaleString('en-US')} more`);
  const lead = q.limit
    ? `${topWords(q.limit, top.length, known, 'papers')}: `
    : top.length > 1
      ? `Tied, ${plural(top.length, 'paper')}: `
      : '';
  return { text: `${lead}${joinAnd(list)}${caveat}.`, papers: top.map((k) => k.p) };
}

/**
 * Each paper's value of the measure (NaN where the listing does not say), how many say it, and the
 * extreme: one number per paper rather than an object, in plain loops, since listings run to 30,000 papers.
 */
function measured(papers: readonly Paper[], measure: Measure, direction: TypedQuestion['direction']) {
  const values = new Float64Array(papers.length);
  let known = 0;
  let best = NaN;
  for (let i = 0; i < papers.length; i++) {
    const v = measureOf(papers[i] as Paper, measure);
    values[i] = v ?? NaN;
    if (v === undefined) continue;
    if (known++ === 0 || (direction === 'least' ? v < best : v > best)) best = v;
  }
  return { values, known, best };
}

function atValue(papers: readonly Paper[], values: Float64Array, v: number): { p: Paper; v: number }[] {
  const out: { p: Paper; v: number }[] = [];
  for (let i = 0; i < papers.length; i++) if (values[i] === v) out.push({ p: papers[i] as Paper, v });
  return out;
}

/** "the second oldest paper": the papers at that place of the ranking, ties named (see atPlace). */
function placeAnswer(
  papers: readonly Paper[],
  values: Float64Array,
  q: TypedQuestion,
  measure: Measure,
  described: string,
): Said {
  const known = papers.flatMap((p, i) => (Number.isNaN(values[i]) ? [] : [{ p, v: values[i] as number }]));
  const place = q.place ?? 2;
  const found = atPlace(known, (k) => k.v, q.direction, place);
  if (!found)
    return {
      text: `Only ${known.length} ${known.length === 1 ? `${described.replace(/^papers\b/, 'paper')} states` : `${described} state`} that measure, so none is in ${ordinalWord(place)} place.`,
      papers: [],
      declined: true,
    };
  const list = found.at
    .slice(0, 20)
    .map((k) => `"${k.p.title}" (${k.p.arxivId ?? k.p.id}; ${shown(k.p, measure, k.v)})`);
  if (found.at.length > 20) list.push(`${(found.at.length - 20).toLocaleString('en-US')} more`);
  return {
    text: `${placeLead(place, found.ahead, found.at.length, found.ahead === 1 ? 'paper' : 'papers')}${joinAnd(list)}.`,
    papers: found.at.map((k) => k.p),
  };
}

/** "The 3 newest": the papers that state the measure in its order, the last place's ties included. */
function ranking(papers: readonly Paper[], values: Float64Array, q: TypedQuestion): { p: Paper; v: number }[] {
  const known = papers.flatMap((p, i) => (Number.isNaN(values[i]) ? [] : [{ p, v: values[i] as number }]));
  const sorted = known.sort((a, b) => (q.direction === 'least' ? a.v - b.v : b.v - a.v));
  return firstWithTies(sorted, q.limit ?? 1, (k) => k.v);
}

/** Revised papers whose number of versions the listing does not give (a copied page says only "revised"). */
function revisedUncounted(papers: readonly Paper[]): Paper[] {
  return papers.filter((p) => isRevised(p) && measureOf(p, 'versions') === undefined);
}

// Each of them has two versions or more, so no paper of known count can be named the most revised.
function revisedAnswer(revised: readonly Paper[]): Said {
  const list = revised.slice(0, 20).map((p) => `"${p.title}" (${p.arxivId ?? p.id})`);
  if (revised.length > 20) list.push(`${(revised.length - 20).toLocaleString('en-US')} more`);
  return {
    text: `This listing does not say how many versions its revised papers have, so I cannot tell which has the most. ${capitalize(plural(revised.length, 'paper'))} ${revised.length === 1 ? 'was' : 'were'} revised at least once: ${joinAnd(list)}.`,
    papers: [...revised],
    declined: true,
  };
}

/** The largest (or smallest) value, without spreading the values as arguments (which fails past about 100,000). */
export function extremeOf(values: ArrayLike<number>, direction: TypedQuestion['direction']): number {
  let best = values[0] as number;
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as number;
    if (direction === 'least' ? v < best : v > best) best = v;
  }
  return best;
}
