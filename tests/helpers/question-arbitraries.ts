// Questions for property tests, made from one listing's own names, titles, categories, years and
// words, in the phrasings people use (fixtures/questions/*.json), plus noise of every kind.
import fc from 'fast-check';
import type { Paper } from '../../src/listing/paper.js';
import { foldWords } from './folded-words.js';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

interface Pools {
  authors: string[];
  titles: string[];
  categories: string[];
  archives: string[];
  years: string[];
  months: string[];
  words: string[];
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

function poolsOf(papers: readonly Paper[]): Pools {
  const dates = papers.flatMap((p) => [p.submitted, p.updated]);
  const words = papers.flatMap((p) => `${p.title} ${p.abstract.slice(0, 300)}`.split(/[^A-Za-z]+/));
  return {
    authors: unique(papers.flatMap((p) => p.authors)),
    titles: unique(papers.flatMap((p) => [p.title, ...(/^([^:]{3,40}):/.exec(p.title)?.slice(1) ?? [])])),
    categories: unique(papers.flatMap((p) => p.categories)),
    archives: unique(papers.flatMap((p) => p.categories.map((c) => c.split('.')[0] as string))),
    years: unique(dates.map((d) => d.slice(0, 4))),
    months: unique(dates.map((d) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`)),
    words: unique(words.filter((w) => w.length >= 5)).slice(0, 400),
  };
}

/** A name as people type it: as listed, lower case, without accents, "Last, First", surname, initial. */
function nameForms(name: string): fc.Arbitrary<string> {
  const parts = name.split(/\s+/);
  const last = parts[parts.length - 1] ?? name;
  const folded = foldWords(name).join(' ');
  return fc.constantFrom(
    name,
    name,
    name.toLowerCase(),
    folded,
    `${last}, ${parts.slice(0, -1).join(' ')}`,
    last,
    `${(parts[0] ?? '').charAt(0)}. ${last}`,
  );
}

const pick = (xs: string[], fallback: string) => fc.constantFrom(...(xs.length ? xs : [fallback]));

/** What questions are made of: this listing's values, as people type them. */
interface Picks {
  a: fc.Arbitrary<string>;
  full: fc.Arbitrary<string>;
  t: fc.Arbitrary<string>;
  c: fc.Arbitrary<string>;
  arch: fc.Arbitrary<string>;
  y: fc.Arbitrary<string>;
  m: fc.Arbitrary<string>;
  w: fc.Arbitrary<string>;
  n: fc.Arbitrary<number>;
}

function picksOf(p: Pools): Picks {
  return {
    a: pick(p.authors, 'Ada Lovelace').chain(nameForms),
    full: pick(p.authors, 'Ada Lovelace'),
    t: pick(p.titles, 'A Paper'),
    c: pick(p.categories, 'cs.LG'),
    arch: pick(p.archives, 'cs'),
    y: pick(p.years, '2024'),
    m: pick(p.months, 'May 2024'),
    w: pick(p.words, 'learning'),
    n: fc.integer({ min: 1, max: 30 }),
  };
}

/** A template literal whose holes are arbitraries. */
function s(strings: TemplateStringsArray, ...args: fc.Arbitrary<string | number>[]): fc.Arbitrary<string> {
  return fc.tuple(...args).map((vs) => strings.reduce((out, str, i) => out + String(vs[i - 1]) + str));
}

/** Questions for a set of papers, or its size, by people and categories. */
function peopleTemplates({ a, full, c, arch, y, m, w }: Picks): fc.Arbitrary<string>[] {
  return [
    s`papers by ${a}`,
    s`papers by ${a} in ${y}`,
    s`papers by ${a} from before ${y}`,
    s`how many papers did ${a} write`,
    s`how many papers did ${full} first-author`,
    s`on which papers is ${full} the last author`,
    s`how many papers is ${full} the last author of`,
    s`papers where ${full} is the last author`,
    s`papers by ${full} or ${full}`,
    s`how many papers by ${full} or ${full}`,
    s`papers by ${full} and ${full} together`,
    s`papers by ${full} but not ${full}`,
    s`papers by ${full} in ${c}`,
    s`papers about ${w} not by ${full}`,
    s`${c} papers not by ${full}`,
    s`how many papers are in ${c}`,
    s`how many papers are primarily ${c}`,
    s`what fraction of papers are primarily ${c}`,
    s`papers in ${c} or ${c}`,
    s`${c} papers that are not also tagged ${c}`,
    s`how many ${arch}.* papers are there`,
    s`papers cross-listed to ${c}`,
    s`papers not in ${c}`,
    // Compound questions: one answer per part.
    s`how many papers are in ${c}, and how many are primarily ${c}?`,
    s`how many papers did ${full} write, and how many papers came out in ${m}?`,
  ];
}

/** Questions for a set of papers, or its size, by words, fields and dates. */
function fieldTemplates({ c, y, m, w, n }: Picks): fc.Arbitrary<string>[] {
  return [
    s`papers about ${w}`,
    s`papers about ${w} but not ${w}`,
    s`papers about ${w} or ${w}`,
    s`how many papers mention ${w}`,
    s`papers with ${w} in the title`,
    s`papers whose comments mention ${w}`,
    s`${w} papers from ${y}`,
    s`how many papers in ${c} about ${w}`,
    fc.constantFrom(
      'papers with a DOI',
      'how many papers have a DOI',
      'papers with a journal ref but no DOI',
      'which papers were revised',
      'how many papers were not revised',
      'how many papers have comments',
      'papers with a code link',
      'how many single-author papers are there',
      'how many papers carry only a single category',
      'papers that hide authors',
      'papers with more than one version',
      'papers revised more than a year after their first version',
      'papers accepted at a conference',
      'papers submitted to a journal',
      'papers with a report number',
    ),
    s`papers with more than ${n} authors`,
    s`how many papers have fewer than ${n} authors`,
    s`papers with more than ${n} categories`,
    s`papers longer than ${n} pages`,
    s`how many papers were first submitted in ${y}`,
    s`how many papers came out in ${m}`,
    s`papers submitted before ${y}`,
    s`papers submitted between ${y} and ${y}`,
    s`papers updated after ${y}`,
    s`papers revised in ${y}`,
    s`papers announced in ${m}`,
    s`how many papers were revised and how many papers mention ${w}`,
  ];
}

/** Questions whose answer is a set of papers or its size. */
function countingTemplates(picks: Picks): fc.Arbitrary<string>[] {
  return [...peopleTemplates(picks), ...fieldTemplates(picks)];
}

/** Questions answered yes or no, about the listing or one paper. */
function yesNoTemplates({ a, full, t, arch, y, w }: Picks): fc.Arbitrary<string>[] {
  return [
    s`did ${full} and ${full} write a paper together?`,
    s`is ${a} the first author of ${t}`,
    s`is ${a} the last author of ${t}?`,
    s`is ${a} an author of ${t}`,
    s`is ${a} an author here?`,
    s`any paper in ${arch}?`,
    s`is there a paper about ${w}`,
    s`were any papers submitted in ${y}?`,
    s`who wrote ${t}, and was it revised?`,
    s`are all papers in ${arch}?`,
    s`were all papers submitted in ${y}?`,
    s`is ${a} an author of ${t}, and is it in ${arch}?`,
    fc.constantFrom(
      'does any paper hide authors behind et al.?',
      'do all papers have comments?',
      'were all papers revised?',
    ),
  ];
}

/** Questions a person could ask about this listing, from its own data. */
export function listingQuestion(papers: readonly Paper[]): fc.Arbitrary<string> {
  const picks = picksOf(poolsOf(papers));
  return fc.oneof(...countingTemplates(picks), ...yesNoTemplates(picks)).chain(dressed);
}

/** Questions whose answer is a list of papers or a count of them. */
export function countingQuestion(papers: readonly Paper[]): fc.Arbitrary<string> {
  return fc.oneof(...countingTemplates(picksOf(poolsOf(papers)))).chain(dressed);
}

/** Case and punctuation people add. */
function dressed(q: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('', '', '?', '.', '!!', ' ?'), fc.constantFrom('', '', 'please, ', 'hey '), fc.boolean())
    .map(([end, start, upper]) => `${start}${upper ? q.charAt(0).toUpperCase() + q.slice(1) : q}${end}`);
}

// Words that steer how a question is read, and search syntax.
const STEERING = `how many which who wrote is are did not or and but both either neither only per year month
  most least average first last author authors before after since between until in from about by with
  without titled called paper papers same all any every each et al. v2 arXiv: au: ti: cat: abs: - " ( ) *
  OR AND NOT 1999 2024 2512.00001 cs.* $x^2$ \\emph{ % & 🙂 — …`.split(/\s+/);

/** Anything at all: the listing's words mixed with steering words, punctuation, long strings, empty-ish input. */
export function noiseQuestion(papers: readonly Paper[]): fc.Arbitrary<string> {
  const p = poolsOf(papers);
  const some = [...p.words, ...p.authors, ...p.titles, ...p.categories, ...p.years];
  const word = fc.oneof(fc.constantFrom(...some), fc.constantFrom(...STEERING));
  return fc.oneof(
    fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' ')),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.stringMatching(/^[\s?!.,;:'"()\-*]{0,20}$/),
    fc.constantFrom('', ' ', '?', '...', '\n\t', 'and?', 'or', 'not', '"', '*', 'papers', 'how many'),
    fc.string({ minLength: 400, maxLength: 500 }),
    fc.array(word, { minLength: 30, maxLength: 90 }).map((ws) => ws.join(' ').slice(0, 500)),
    fc.string({ minLength: 501, maxLength: 520 }),
  );
}
