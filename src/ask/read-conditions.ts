import { categoriesNamed } from '../listing/categories.js';
import { listingHas } from './answer-fields.js';
import type { Paper } from '../listing/paper.js';
import type { Clause, PaperFilter } from '../search/paper-filter.js';
import { measureOf } from '../search/paper-measures.js';
import type { QuestionText } from './question-text.js';
import { readRevisionGap } from './read-revisions.js';
import { NUMBER, numberOf } from './number-words.js';
import { UNIT, boundOp, measured, readBothBounds } from './read-bounds.js';

export { NUMBER, numberOf } from './number-words.js';
export { readCountBounds } from './read-bounds.js';

/** Conditions read from a question, AND-ed, and what they could not read. */
export interface Conditions {
  clauses: PaperFilter[];
  /** Words that ask for a field the listing does not have at all ("categories" of a listing without any). */
  missing: string[];
  /** A category in parentheses defines the topic before it ("about robots (cs.RO primary)"): the topic is not asked too. */
  defines?: boolean;
}

/** Whether a category the question names is asked as primary, as a cross-list, or negated, from the words around it. */
function categoryClause(
  code: string,
  archive: boolean,
  before: string,
  after: string,
  allPrimary: boolean | undefined,
): PaperFilter {
  // "the primary category of the paper that is in cs.IR": a field asked for, not how cs.IR is held.
  const around = `${before.replace(/\bprimary categor(?:y|ies) (?:of|for)\b.*$/i, '')} ${after}`;
  const primary =
    allPrimary === true ||
    (allPrimary === undefined &&
      /\bprimar(?:y|ily)\b/i.test(around) &&
      !/\bprimary (?:or|and) cross|\b(?:or|and) cross-?list|\bcounting cross|\bat all\b|\bnot primary\b|\b(?:by|per) (?:their |its )?primary categor/i.test(
        around,
      ));
  const cross = /\bcross[- ]?list/i.test(before) || /\bnot primary\b/i.test(after);
  const negated = /\b(?:not|no|outside|except|excluding|without)\b(?:\s+(?:also|in|tagged|a|an))*\s*\(?\s*$/i.test(
    before,
  );
  const cat: Clause = {
    kind: 'category',
    code,
    ...(archive ? { archive: true } : {}),
    ...(primary ? { primary: true } : {}),
  };
  const f: PaperFilter = cross ? { all: [{ ...cat, primary: false }, { not: { ...cat, primary: true } }] } : cat;
  return negated ? { not: f } : f;
}

const ALL_PRIMARY = /\bprimary(?: categor(?:y|ies))? only\b|\bonly (?:their |the )?primary\b|\bby primary categor/i;

/** Categories the question names (codes, arXiv's names, everyday words), with "primary", "cross-listed" and "not". */
export function readCategories(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  const hasCategories = listingHas(papers).categories;
  // Everyday words ("AI", "robots", "economics") name a category only where the question is about one.
  // A word in quotes is a word: "'reasoning' and 'math' in the title".
  const quoted = (n: { at: number; length: number }) =>
    /['"‘“]/.test(text.rest.charAt(n.at - 1)) && /['"’”]/.test(text.rest.charAt(n.at + n.length));
  const named = categoriesNamed(text.rest).filter(
    (n) => !quoted(n) && (isCode(n.phrase) || (hasCategories && asCategory(text.rest, n))),
  );
  if (named.length === 0) return;
  if (!hasCategories) {
    out.missing.push('categories');
    return;
  }
  const parts: PaperFilter[] = [];
  // "cs.SE or cs.CV, which has more papers? primary category only": said once for all of them.
  // …and "each counting primary and cross-listed papers": none of them primary only.
  const allPrimary =
    named.length > 1 && ANY_POSITION.test(text.original)
      ? false
      : named.length > 1 && ALL_PRIMARY.test(text.original)
        ? true
        : undefined;
  for (const n of named) {
    const before = text.rest.slice(Math.max(0, n.at - 45), n.at);
    const after = text.rest.slice(n.at + n.length, n.at + n.length + 45);
    text.blank(n.at, n.at + n.length);
    if (/\(\s*$/.test(before) && /^\s*(?:primary|only|\))/i.test(after)) out.defines = true;
    parts.push(categoryClause(n.code, n.archive, before, after, allPrimary));
  }
  // The same category said twice ("astrophysics papers (astro-ph.*)") is read once.
  for (const n of named)
    text.takeAll(new RegExp(`(?<![\\w.-])${n.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.\\*)?(?![\\w-])`, 'gi'));
  text.takeAll(
    /\b(?:primary|primarily|as (?:its|their) primary category|cross[- ]?list(?:ed|s|ing)?(?: to| in)?|categor(?:y|ies)|tagged|tags?|carr(?:y|ies|ying)|counting|primary or|not also|outside|also|anywhere)\b/gi,
  );
  // "cs.SE or cs.CV", "counts for cs.CL, cs.AI and cs.LG, each": any of them, to be counted apart.
  const either =
    (/\bor\b|\bvs\.?(?!\w)|\bversus\b/i.test(text.original) || EACH_CATEGORY.test(text.original)) &&
    parts.length > 1 &&
    !/(?<!\bnot )\bboth\b/i.test(text.original);
  out.clauses.push(parts.length === 1 ? (parts[0] as PaperFilter) : either ? { any: parts } : { all: parts });
}

const ANY_POSITION = /\bprimary (?:and|or) cross[- ]?list|\bcounting (?:the )?cross[- ]?lists?\b/i;

/** "each", "per category", "counts for": several categories named to be counted one by one. */
export const EACH_CATEGORY = /\beach\b|\bper category\b|\bcounts? for\b|\bseparately\b|\brespectively\b/i;

/** A category code as written: "cs.CL", "astro-ph.*", "q-bio", "cs", "quant-ph". */
function isCode(phrase: string): boolean {
  return /[.-]/.test(phrase) || /^(?:cs|math|stat|econ|eess|nlin|physics)$/.test(phrase);
}

/** Whether an everyday word stands for a category where it is: "papers in economics", "cross-listed to quantitative finance". */
function asCategory(text: string, n: { at: number; length: number }): boolean {
  const before = text.slice(Math.max(0, n.at - 30), n.at);
  const after = text.slice(n.at + n.length, n.at + n.length + 20);
  return (
    /\b(?:in|from|to|primarily|primary|tagged|listed under|category)\s+(?:the\s+)?$/i.test(before) ||
    /^\s*(?:papers?|categor|primary|\()/i.test(after) ||
    /\bcategor|\bcross[- ]?list/i.test(text)
  );
}

/** "only one category", "cs.CL and nothing else", "no cross-lists at all": read before the categories, which would take "cross-list". */
export function readOneCategory(text: QuestionText, out: Conditions): void {
  if (
    text.take(
      /(?<!\b(?:than|least|over|exceeding) )\b(?:only )?(?:one|a single) categor(?:y|ies)\b|\bsingle[- ]categor(?:y|ies)\b|\band nothing else\b|(?<=\b[a-z][a-z-]*\.[A-Za-z-]+) only\b(?! (?:one|a single|the|primary|cross))|(?<=\bin )only(?= [a-z][a-z-]*\.[A-Za-z-]+\b)|\b(?:with )?no (?:other categor(?:y|ies)|cross[- ]?lists?(?: at all)?)\b|\bnot cross[- ]?listed(?: anywhere| at all)?(?! to| in| into)\b/i,
    )
  )
    out.clauses.push({ kind: 'measure', measure: 'categories', op: '=', value: 1 });
}

/** "cross-listed", "cross-listed to another category", "carry more than one category": in more than one category. */
export function readCrossListed(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  if (
    !text.take(
      /(?<!\b(?:or|and|primary) )\bcross[- ]?listed(?: (?:to|in|into|under|with) (?:at least one |an? |some |any |one or more )?(?:other|another|more|additional|further|second) categor(?:y|ies)| anywhere(?: else)?| elsewhere)?\b(?!\s+(?:to|in|into|with|as)\b)|\b(?:more than one|at least two|several|multiple) categories\b/i,
    )
  )
    return;
  if (listingHas(papers).categories) out.clauses.push({ kind: 'measure', measure: 'categories', op: '>', value: 1 });
  else out.missing.push('categories');
}

/** "between 10 and 20 pages, both ends included": a range of a measure; declined on a listing that never states it. */
export function readRanges(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  const range = new RegExp(
    `\\b(?:between|from)\\s+(${NUMBER})\\s+(?:and|to)\\s+(${NUMBER})\\s*${UNIT}(?: long)?(?:,?\\s*(?:(?:both (?:ends )?|(?:${NUMBER}) and (?:${NUMBER}) )?(?:included|inclusive)))?`,
    'i',
  );
  const m = text.take(range);
  if (!m) return;
  const measure = measured(m[3] as string);
  if ((measure === 'pages' || measure === 'figures') && !papers.some((p) => measureOf(p, measure) !== undefined)) {
    out.missing.push(measure === 'pages' ? 'page counts' : 'figure counts');
    return;
  }
  const [low, high] = [numberOf(m[1] as string), numberOf(m[2] as string)].sort((a, b) => a - b);
  out.clauses.push(
    { kind: 'measure', measure, op: '>=', value: low as number },
    { kind: 'measure', measure, op: '<=', value: high as number },
  );
}

/** "single-author", "over 50 pages", "exactly 20 pages long". */
export function readMeasures(text: QuestionText, out: Conditions): void {
  if (
    text.take(
      /\bsingle[- ]authors?\b|(?<!\b(?:than|least|most|over|exceeding|under) )\b(?:only )?(?:one|a single) authors?\b|\b(?:the )?(?:only|sole|one and only) author(?= of\b|\W*$)|\bsole[- ]authored\b/i,
    )
  )
    out.clauses.push({ kind: 'measure', measure: 'authors', op: '=', value: 1 });
  readRevisionGap(text, out.clauses);
  // "papers that give a number of figures in their comments": a figure count is stated.
  if (
    text.take(
      /\b(?:(?:give|gives|state|states|list|lists|report|reports|include|includes|with|have|has) (?:a |the )?)?(?:number of figures|figure counts?)\b/i,
    )
  )
    out.clauses.push({ kind: 'has', field: 'figures' });
  readBothBounds(text, out.clauses);
  for (const m of text.takeAll(
    new RegExp(
      `\\b(over|more th[ae]n|longer th[ae]n|at least|at most|under|fewer th[ae]n|less th[ae]n|shorter th[ae]n|exactly)\\s+(${NUMBER})\\s*${UNIT}(?: long)?\\b`,
      'gi',
    ),
  )) {
    out.clauses.push({
      kind: 'measure',
      measure: measured(m[3] as string),
      op: boundOp(m[1] as string),
      value: numberOf(m[2] as string),
    });
  }
  // "five-author papers", "a 12-page paper": exactly that many.
  for (const m of text.takeAll(
    new RegExp(`\\b(${NUMBER})-(authors?|pages?|figures?)\\b(?= (?:papers?|ones?|preprints?|articles?)\\b)`, 'gi'),
  ))
    out.clauses.push({ kind: 'measure', measure: measured(m[2] as string), op: '=', value: numberOf(m[1] as string) });
  // "papers with three authors", "in two different categories": exactly that many.
  for (const m of text.takeAll(
    new RegExp(`\\b(?:with|in|have|has|having|across) (${NUMBER}) (?:different |distinct )?${UNIT}(?! or\\b)`, 'gi'),
  ))
    out.clauses.push({ kind: 'measure', measure: measured(m[2] as string), op: '=', value: numberOf(m[1] as string) });
  // "10 or more authors", "5 pages or fewer".
  for (const m of text.takeAll(
    new RegExp(`\\b(${NUMBER})\\s*(?:or (more|fewer|less)\\s+${UNIT}|${UNIT}\\s+or (more|fewer|less))\\b`, 'gi'),
  )) {
    const more = /more/i.test((m[2] ?? m[5]) as string);
    out.clauses.push({
      kind: 'measure',
      measure: measured((m[3] ?? m[4]) as string),
      op: more ? '>=' : '<=',
      value: numberOf(m[1] as string),
    });
  }
}

/** Revised or never-revised papers. */
export function readRevised(text: QuestionText, out: Conditions): void {
  // "revised on a later date": a latest version on a later day than the first (not a same-day v2).
  if (text.take(/\b(?:revised|updated) on a later (?:date|day)\b(?! than)/i))
    out.clauses.push({ kind: 'measure', measure: 'revisionGap', op: '>', value: 0 });
  // "revised more than 3 times": more than 4 versions (the first is no revision).
  const times = text.take(new RegExp(`\\brevised (more than|at least) (${NUMBER}) times\\b`, 'i'));
  if (times) {
    const n = numberOf(times[2] as string) + 1;
    out.clauses.push({
      kind: 'measure',
      measure: 'versions',
      op: /more/i.test(times[1] as string) ? '>' : '>=',
      value: n,
    });
    return;
  }
  if (
    text.take(
      /\b(?:only|just) (?:one|a single|1) version\b|\bnever (?:been )?revised\b|\bnot (?:been )?revised\b|\bsingle version\b|\bun-?revised\b/i,
    )
  )
    out.clauses.push({ kind: 'revised', value: false });
  // "revised, i.e. have a v2 or later": one condition, however many ways it is said.
  else if (
    text.takeAll(
      /\b(?<!(?:submitted|new|added|posted) or )(?<!\b(?:last|most recently) )(?:been )?(?:revised|updated)(?: at least once| more than once| once or more| since (?:the|its|their) first version| later on| since (?:they|it) first (?:went up|came out|appeared))?\b|\bmore than one version\b|\bmultiple versions\b|\bseveral versions\b|\b(?:a |any )?(?:v2|version 2|second version)(?: or (?:later|higher|above|more|newer))?(?! of)\b/gi,
    ).length
  )
    out.clauses.push({ kind: 'revised', value: true });
}
