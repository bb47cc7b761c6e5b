import type { Paper } from '../listing/paper.js';
import type { Clause, PaperFilter, Presence } from '../search/paper-filter.js';
import type { QuestionText } from './question-text.js';

/** Conditions read from a question, AND-ed, and what they could not read. */
export interface Conditions {
  clauses: PaperFilter[];
  /** Words that ask for a field the listing does not have at all ("categories" of a listing without any). */
  missing: string[];
  /** A category in parentheses defines the topic before it ("about robots (cs.RO primary)"): the topic is not asked too. */
  defines?: boolean;
}

const categoryCache = new WeakMap<readonly Paper[], { codes: Set<string>; archives: Set<string> }>();

/** The categories and archives the listing's papers carry, lower-cased. */
export function listingCategories(papers: readonly Paper[]): { codes: Set<string>; archives: Set<string> } {
  let found = categoryCache.get(papers);
  if (!found) {
    found = { codes: new Set(), archives: new Set() };
    for (const p of papers)
      for (const c of p.categories) {
        found.codes.add(c.toLowerCase());
        found.archives.add(c.toLowerCase().split('.')[0] as string);
      }
    categoryCache.set(papers, found);
  }
  return found;
}

// Archives by the words people use for them; a category code is read as written.
const ARCHIVE_NAMES: [RegExp, string][] = [
  [/\bastro(?:physics|nomy)?\b/i, 'astro-ph'],
  [/\bquantitative finance\b|\bfinance\b/i, 'q-fin'],
  [/\beconom(?:ics|y)\b|\becon\b/i, 'econ'],
  [/\bmath(?:ematics)?\b/i, 'math'],
  [/\bphysics\b/i, 'physics'],
  [/\bcomputer science\b/i, 'cs'],
  [/\bstatistics\b|\bstat\b/i, 'stat'],
  [/\bquantitative biology\b|\bbiology\b/i, 'q-bio'],
  [/\belectrical engineering\b/i, 'eess'],
];

const CODE = /(?<![\w.-])([a-z]+(?:-[a-z]{2,})?)(?:\.(\*|[A-Za-z]{2}(?:-[a-z]{2,})?))?(?![\w-])/gi;

/** Categories the question names, with "primary", "cross-listed" and "not" read around each. */
export function readCategories(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  const known = listingCategories(papers);
  const named: { start: number; end: number; code: string; archive: boolean }[] = [];
  for (const m of text.rest.matchAll(CODE)) {
    const archive = !m[2] || m[2] === '*';
    const code = archive ? (m[1] as string).toLowerCase() : `${m[1]}.${m[2]}`.toLowerCase();
    const isArchive =
      archive &&
      /^(?:cs|math|physics|stat|econ|eess|q-bio|q-fin|astro-ph|cond-mat|nlin|hep-[a-z]+|nucl-[a-z]+|quant-ph|gr-qc|math-ph)$/.test(
        code,
      );
    if (archive && !isArchive) continue;
    if (!archive && !/^[a-z-]+\.[a-z-]+$/i.test(`${m[1]}.${m[2]}`)) continue;
    named.push({
      start: m.index,
      end: m.index + m[0].length,
      code,
      archive: archive && !code.includes('-ph') ? true : archive,
    });
  }
  for (const [pattern, code] of ARCHIVE_NAMES) {
    const m = pattern.exec(text.rest);
    if (m && !named.some((n) => n.start <= m.index && m.index < n.end))
      named.push({ start: m.index, end: m.index + m[0].length, code, archive: true });
  }
  if (named.length === 0) return;
  if (known.codes.size === 0) {
    out.missing.push('categories');
    return;
  }
  const parts: PaperFilter[] = [];
  const seen = new Set<string>();
  const spelled = new Map<string, string>();
  for (const p of papers) for (const c of p.categories) spelled.set(c.toLowerCase(), c);
  for (const n of named.sort((a, b) => a.start - b.start)) {
    text.blank(n.start, n.end);
    if (seen.has(n.code)) continue;
    seen.add(n.code);
    n.code = spelled.get(n.code) ?? n.code;
    const before = text.rest.slice(Math.max(0, n.start - 45), n.start);
    const after = text.rest.slice(n.end, n.end + 45);
    const around = `${before} ${after}`;
    const primary =
      /\bprimar(?:y|ily)\b/i.test(around) &&
      !/\bprimary or cross|\bor cross-?list|\bcounting cross|\bat all\b|\bnot primary\b/i.test(around);
    const cross = /\bcross[- ]?list/i.test(before) || /\bnot primary\b/i.test(after);
    const negated =
      /\b(?:not|outside|except|excluding|without)\b(?:\s+(?:also|in|tagged|a|an))*\s*(?:\(?\s*)$/i.test(before) ||
      /\bnot\s*\(?\s*$/i.test(before);
    if (/\(\s*$/.test(before) && /^\s*(?:primary|only|\))/i.test(after)) out.defines = true;
    const cat: Clause = {
      kind: 'category',
      code: n.code,
      ...(n.archive ? { archive: true } : {}),
      ...(primary ? { primary: true } : {}),
    };
    let f: PaperFilter = cross ? { all: [{ ...cat, primary: false }, { not: { ...cat, primary: true } }] } : cat;
    if (negated) f = { not: f };
    parts.push(f);
  }
  text.takeAll(
    /\b(?:primary|primarily|as (?:its|their) primary category|cross[- ]?list(?:ed|s|ing)?(?: to| in)?|categor(?:y|ies)|tagged|counting|primary or|not also|outside|also|anywhere)\b/gi,
  );
  const joined =
    /\bor\b/i.test(text.original) && parts.length > 1 && !/\bboth\b/i.test(text.original)
      ? { any: parts }
      : parts.length === 1
        ? (parts[0] as PaperFilter)
        : { all: parts };
  out.clauses.push(joined);
}

const PRESENCE: [RegExp, Presence][] = [
  [/\bdois?\b/i, 'doi'],
  [/\bjournal ref(?:erence)?s?\b/i, 'journalRef'],
  [/\bcomments?(?: line)?\b/i, 'comments'],
  [
    /\b(?:link(?:s)? to (?:an? |their |its )?)?(?:code|github|repo(?:sitory)?|repos)(?: (?:on|at) github| links?| repo(?:sitory)?)?\b/i,
    'code',
  ],
  [/\bacm (?=or msc class)|\bacm class(?:ification)?\b/i, 'acmClass'],
  [/\bmsc class(?:ification)?\b/i, 'mscClass'],
  [
    /\bhidden authors\b(?: \(?et al\.?\)?)?|\bhide (?:some of )?(?:their )?authors\b(?: behind et al)?|\bet al\b/i,
    'hiddenAuthors',
  ],
  [/\bpage counts?\b/i, 'pages'],
  [/\breport numbers?\b/i, 'reportNumber'],
];

// Fields a listing may not show at all (a copy of a search page has no journal references): then nothing can be said.
const SHOWN: Partial<Record<Presence, (p: Paper) => boolean>> = {
  doi: (p) => p.doi !== undefined,
  journalRef: (p) => p.journalRef !== undefined,
  comments: (p) => p.comments !== undefined,
  reportNumber: (p) => p.reportNumber !== undefined,
};

/** "have a DOI", "with a journal ref but no DOI", "link to code": fields present or absent. */
export function readPresence(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  for (const [pattern, field] of PRESENCE) {
    const m = pattern.exec(text.rest);
    if (!m) continue;
    const shown = SHOWN[field];
    if (shown && !papers.some(shown)) {
      out.missing.push(field === 'journalRef' ? 'journal references' : field === 'doi' ? 'DOIs' : field);
      continue;
    }
    const before = text.rest.slice(Math.max(0, m.index - 25), m.index);
    const negated = /\b(?:no|without|lack|lacks|not have|don't have|doesn't have)\b[^,]*$/i.test(before);
    const clause: PaperFilter = { kind: 'has', field };
    const last = out.clauses[out.clauses.length - 1];
    // "an ACM or MSC classification": either.
    if (field === 'mscClass' && last && 'kind' in last && last.kind === 'has' && last.field === 'acmClass')
      out.clauses[out.clauses.length - 1] = { any: [last, clause] };
    else out.clauses.push(negated ? { not: clause } : clause);
    text.blank(m.index, m.index + m[0].length);
  }
  text.takeAll(/\b(?:have|has|with|carry|state|states|link(?:s)? to|on|behind|an?|no|but|their)\b(?=\s*$)/gi);
}

/** "single-author", "only one category", "over 50 pages", "exactly 20 pages long". */
export function readMeasures(text: QuestionText, out: Conditions): void {
  if (text.take(/\bsingle[- ]authors?\b|\b(?:only )?(?:one|a single) authors?\b/i))
    out.clauses.push({ kind: 'measure', measure: 'authors', op: '=', value: 1 });
  if (text.take(/\b(?:revised )?(?:on )?the same day as (?:its|their) first version\b/i)) {
    out.clauses.push({ kind: 'revised', value: true }, { kind: 'measure', measure: 'revisionGap', op: '=', value: 0 });
    text.take(/\brevised\b/i);
  }
  const gap = text.take(
    /\brevised (?:more|over) than (?:a|one|(\d+)) (year|month|week|day)s? after (?:its|their) first version\b/i,
  );
  if (gap) {
    const days = { year: 365, month: 30, week: 7, day: 1 }[(gap[2] as string).toLowerCase() as 'year'];
    out.clauses.push({ kind: 'measure', measure: 'revisionGap', op: '>', value: Number(gap[1] ?? 1) * days });
  }
  if (text.take(/\b(?:only )?(?:one|a single) categor(?:y|ies)\b/i))
    out.clauses.push({ kind: 'measure', measure: 'categories', op: '=', value: 1 });
  const pages = text.take(
    /\b(over|more than|longer than|at least|under|fewer than|less than|shorter than|exactly)\s+(\d{1,4})\s*pages?(?: long)?\b/i,
  );
  if (pages) {
    const word = (pages[1] as string).toLowerCase();
    const op = word === 'exactly' ? '=' : word === 'at least' ? '>=' : /over|more|longer/.test(word) ? '>' : '<';
    out.clauses.push({ kind: 'measure', measure: 'pages', op, value: Number(pages[2]) });
  }
}

/** Revised or never-revised papers. */
export function readRevised(text: QuestionText, out: Conditions): void {
  if (
    text.take(
      /\b(?:only|just) (?:one|a single|1) version\b|\bnever (?:been )?revised\b|\bnot (?:been )?revised\b|\bsingle version\b/i,
    )
  )
    out.clauses.push({ kind: 'revised', value: false });
  else if (
    text.take(
      /\b(?:been )?(?:revised|updated)(?: at least once| more than once| once or more)?\b|\bmore than one version\b|\bmultiple versions\b|\bseveral versions\b/i,
    )
  )
    out.clauses.push({ kind: 'revised', value: true });
}
