// "does Abhishek Kadian have 5 papers here", "is Carey E. Priebe on more than 9 papers": a person's
// count of papers checked against a number, yes, no, or cannot tell when papers hide authors.
import { selectPapers } from '../search/filter-engine.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, plural } from './answer.js';
import { numberOf } from './number-words.js';

const CLAIMED =
  /^(?:does|did|has|is) (?<who>.+?) (?:have|has|got|write|wrote|written|publish(?:ed)?|co-?author(?:ed)?|co-?wr(?:ite|ote|itten)|(?:been )?on|an author (?:of|on)) (?<bound>exactly |only |just |at least |more than |over |fewer than |less than |at most )?(?<n>\d+|[a-z]+) papers(?: (?:here|in (?:this|the) list(?:ing|ng)?))?\W*$/i;

type Bound = 'exactly' | 'atLeast' | 'moreThan' | 'fewerThan' | 'atMost';

function boundOf(words: string | undefined): Bound {
  const w = (words ?? '').trim().toLowerCase();
  if (w === 'at least') return 'atLeast';
  if (w === 'more than' || w === 'over') return 'moreThan';
  if (w === 'fewer than' || w === 'less than') return 'fewerThan';
  return w === 'at most' ? 'atMost' : 'exactly';
}

const holds = (count: number, bound: Bound, n: number): boolean =>
  bound === 'exactly'
    ? count === n
    : bound === 'atLeast'
      ? count >= n
      : bound === 'moreThan'
        ? count > n
        : bound === 'fewerThan'
          ? count < n
          : count <= n;

/** The yes or no of a person's claimed number of papers; undefined for other questions. */
export function countClaim(index: PaperIndex, text: string): Answer | undefined {
  const g = CLAIMED.exec(text)?.groups;
  const n = g ? numberOf(g['n'] as string) : NaN;
  if (!g || Number.isNaN(n)) return undefined;
  const found = index.authors.find(g['who'] as string);
  if (found.kind !== 'found') return undefined;
  const { papers, unsure } = selectPapers(index, { kind: 'author', name: found.author.name });
  const bound = boundOf(g['bound']);
  const [low, high] = [papers.length, papers.length + unsure.length];
  const verdict =
    holds(low, bound, n) && holds(high, bound, n)
      ? 'Yes'
      : !holds(low, bound, n) && !holds(high, bound, n)
        ? 'No'
        : 'The listing cannot tell';
  const hidden = unsure.length
    ? `; ${plural(unsure.length, 'more paper hides part of its', 'more papers hide part of their')} authors and may be theirs`
    : '';
  return {
    answer: `${verdict}: ${found.author.name} is on ${plural(papers.length, 'paper')} in this listing${hidden}.`,
    understood: `whether ${found.author.name} has ${(g['bound'] ?? '').trim() || 'exactly'} ${n} papers`,
    papers,
  };
}

// "did exactly 3 papers come out in 2014", "is it right that 12 papers were submitted on 18 september",
// "were there 5 cs.CL papers, correct?": a number of papers claimed, checked against the count.
const STATED =
  /^(?:(?:is it|it is|it's) (?:right|true|correct|accurate) (?:to say )?that |can i (?:say|write|claim) (?:that )?|(?:please )?(?:confirm|check|verify) (?:that )?|so )?(?<verb>(?:did|were|was|are|is|have|has|do) (?:there )?)?(?<bound>exactly |only |just |at least |more than |over |fewer than |less than |at most )?(?<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?<what>(?:[\w.-]+ )?(?:papers?|preprints?|articles?))\b(?<rest>[^?]*?)(?<tag>,? (?:right|correct|true|yes or no))?\s*[?.!]*$/i;

/** The yes or no of a claimed number of papers, counted by asking how many; undefined for other questions. */
export function statedCount(text: string, ask: (question: string) => Answer): Answer | undefined {
  const g = STATED.exec(text.trim())?.groups;
  if (!g || (!g['verb'] && !g['tag'] && !/^(?:is it|it is|it's|can i|please|confirm|check|verify)/i.test(text.trim())))
    return undefined;
  const n = numberOf(g['n'] as string);
  const counted = ask(`how many ${g['what'] as string}${(g['rest'] as string).replace(/\bcome out\b/i, 'came out')}?`);
  if (counted.declined || counted.query?.want !== 'count' || Number.isNaN(n)) return undefined;
  const count = counted.papers.length;
  const bound = boundOf(g['bound']);
  const unsure = /cannot tell/i.test(counted.answer);
  const verdict = unsure ? 'The listing cannot tell' : holds(count, bound, n) ? 'Yes' : 'No';
  return {
    ...counted,
    answer: `${verdict}: ${counted.answer}`,
    understood: `whether there are ${(g['bound'] ?? '').trim() || 'exactly'} ${n} ${counted.understood.replace(/^the number of /, '')}`,
  };
}
