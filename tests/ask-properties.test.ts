// Properties of ask() over every fixture listing, with questions made from each listing's own
// names, titles, categories, years and words (tests/helpers/question-arbitraries.ts) and noise:
// it never throws and always says something; the papers an answer cites satisfy the query it says
// it read, by the tests' own reading of the paper's fields (tests/helpers/filter-truth.ts); and the
// number it states is the number of papers it cites. Seeded (tests/setup-fast-check.ts); FUZZ_RUNS
// scales the runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/ask/answer.js';
import { ask } from '../src/ask/ask.js';
import { TypedQuestion } from '../src/ask/typed-question.js';
import { type Truth, outcomes } from './helpers/filter-truth.js';
import { foldWords } from './helpers/folded-words.js';
import { type Acronyms, listingAcronyms } from './helpers/listing-acronyms.js';
import { fixtureListings } from './helpers/fixture-listings.js';
import { countingQuestion, listingQuestion, noiseQuestion } from './helpers/question-arbitraries.js';

const LISTINGS = fixtureListings();
const TOTAL_RUNS = Number(process.env['FUZZ_RUNS'] ?? 1800);
/** Each listing's share of the runs of one property. */
const RUNS = Math.max(20, Math.round(TOTAL_RUNS / 3 / LISTINGS.length));

/** The answer and the answers of its parts, each on its own. */
function answersIn(a: Answer): Answer[] {
  return a.parts ? [a, ...a.parts.flatMap(answersIn)] : [a];
}

/** Words of the question the answer says it read as other words, or that no paper has. */
function rereadWords(a: Answer): Set<string> {
  const text = `${a.understood} ${a.answer}`;
  const notes = text.matchAll(/(?:\bread|no paper has|no paper mentions) ((?:"[^"]*"(?:, | or | and )?)+)/g);
  return new Set(
    [...notes].flatMap((m) => [...(m[1] as string).matchAll(/"([^"]*)"/g)].flatMap((q) => foldWords(q[1] as string))),
  );
}

/** What the cited papers must be under the query, by what the answer says; undefined when it cites no set. */
function citedAs(a: Answer): Truth[] | undefined {
  const q = a.query;
  if (!q || a.declined || a.parts) return undefined;
  if (q.want === 'papers' || q.want === 'count') return [true];
  if (q.want !== 'yesno') return undefined;
  // A yes/no about a field of one paper cites that paper, which the query selects.
  if (q.fields?.length) return [true];
  if (a.answer.startsWith('Yes')) return [true];
  if (a.answer.startsWith('The listing cannot tell')) return [null];
  if (a.answer.startsWith('No:')) return [false, null];
  return [];
}

/** The first cited paper the query does not allow, said for the failure message. */
function wrongCitation(a: Answer, acronyms: Acronyms): string | undefined {
  const allowed = citedAs(a);
  if (!allowed) return undefined;
  if (allowed.length === 0) return 'a yes/no answer that says neither yes, no nor "cannot tell"';
  const ctx = { acronyms, reread: rereadWords(a) };
  for (const p of a.papers) {
    const can = outcomes(p, a.query?.papers ?? null, ctx);
    if (!allowed.some((v) => can.has(v)))
      return `cites ${p.id} "${p.title}" (authors ${p.authors.join(', ')}${p.hiddenAuthorCount ? ` + ${p.hiddenAuthorCount} hidden` : ''}; categories ${p.categories.join(' ')}; submitted ${p.submitted}, updated ${p.updated}), which can only be ${[...can].join('/')} under ${JSON.stringify(a.query?.papers)}`;
  }
  return undefined;
}

const number = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/,/g, '')));

/** The count the answer states, where it states one of the papers it cites. */
function statedCount(a: Answer): number | undefined {
  const q = a.query;
  if (!q || a.declined || a.parts) return undefined;
  if (q.want === 'count' && (q.countOf ?? 'papers') === 'papers')
    return number((q.share ? /^(\d[\d,]*) of the/ : /: (\d[\d,]*)/).exec(a.answer)?.[1]) ?? NaN;
  if (q.want === 'papers') return a.answer.startsWith('No ') ? 0 : (number(/: (\d[\d,]*)/.exec(a.answer)?.[1]) ?? NaN);
  if (q.want === 'yesno' && !q.fields?.length && !q.every)
    return number(/^Yes: (\d[\d,]*) papers?\b/.exec(a.answer)?.[1]);
  return undefined;
}

function expectWellFormed(a: Answer): void {
  for (const x of answersIn(a)) {
    expect(x.answer.trim()).not.toBe('');
    expect(typeof x.understood).toBe('string');
    expect(Array.isArray(x.papers)).toBe(true);
    if (x.query) expect(TypedQuestion.safeParse(x.query).success).toBe(true);
  }
}

describe.each(LISTINGS)('ask on $name', ({ index }) => {
  const acronyms = listingAcronyms(index.papers);
  const noise = noiseQuestion(index.papers);
  const listing = listingQuestion(index.papers);
  // Weighted apart, so that the properties do not all ask the same questions.
  const strange = fc.oneof({ arbitrary: noise, weight: 2 }, { arbitrary: listing, weight: 1 });
  const usual = fc.oneof({ arbitrary: listing, weight: 3 }, { arbitrary: noise, weight: 1 });
  const counting = fc.oneof({ arbitrary: countingQuestion(index.papers), weight: 3 }, { arbitrary: noise, weight: 1 });

  it('answers any question, declining or not, without throwing', () => {
    fc.assert(
      fc.property(strange, (q) => expectWellFormed(ask(index, q))),
      { numRuns: RUNS },
    );
  });

  it('cites only papers that satisfy the query it read', () => {
    fc.assert(
      fc.property(usual, (q) => {
        for (const a of answersIn(ask(index, q))) expect(wrongCitation(a, acronyms), a.answer).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('states as many papers as it cites', () => {
    fc.assert(
      fc.property(counting, (q) => {
        for (const a of answersIn(ask(index, q))) {
          const n = statedCount(a);
          if (n !== undefined) expect(n, a.answer).toBe(a.papers.length);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Violations the properties found with other seeds, kept as cases until ask() is fixed (then
// `it.fails` fails, and the mark goes).
describe('known violations', () => {
  const at = (name: string) => LISTINGS.find((l) => l.name === name)?.index;

  // termOf("Bayes") is "bay", so a paper that only names the PeMS-BAY data set (2512.17352) is cited
  // as about Bayes; only the saved page has that abstract in full.
  it.fails('"papers about Bayes" cites only papers that mention Bayes', () => {
    const index = at('listings/distributed-systems.saved.html');
    expect(index).toBeDefined();
    expect(wrongCitation(ask(index!, 'papers about Bayes'), listingAcronyms(index!.papers))).toBeUndefined();
  });
});
