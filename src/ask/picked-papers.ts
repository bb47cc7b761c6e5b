import { formatDate } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import { tally } from '../base/tally.js';
import { type Answer, joinAnd, plural } from './answer.js';

// "the first authors of the 4 papers with the most authors", "4 longest papers by pages -> first author of each".
const AUTHORS_OF =
  /^(?:(?:who (?:are|is|were|was)|name|list|give me|what are)\s+)?(?:the )?(first|last) authors? of (?:each of )?(the (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dozen) .+?)\W*$/i;
const EACH_AFTER = /^(.+?)\s*(?:->|→|:|-|,)\s*(?:the )?(first|last) authors? of each\W*$/i;
// "take the 20 newest papers and break them down by year", "the 10 newest papers by primary category".
const BROKEN_DOWN =
  /^(?:take )?(the (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dozen) .+?)(?:,? and)?\s*(?:,? ?(?:break|broken|split) (?:them |those )?(?:down )?|,? )(?:by|per) (year|month|primary category|category)\W*$/i;

// "papers 4 to 6 when sorted oldest first": those places of the order by first version.
const PLACES =
  /^(?:the )?papers (\d{1,3}) (?:to|through|-) (\d{1,3}) (?:when |if )?(?:sorted|ordered|listed)(?: (oldest|newest) first)?\W*$/i;

function places(text: string, papers: readonly Paper[], question: string): Answer | undefined {
  const m = PLACES.exec(text);
  // The order may be layout the cleaning set aside ("oldest first"): read from the question as asked.
  const order = m?.[3] ?? /\b(oldest|newest) first\b/i.exec(question)?.[1];
  if (!m || !order) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  const oldest = /oldest/i.test(order);
  const sorted = [...papers].sort((a, b) =>
    oldest ? a.submitted.localeCompare(b.submitted) : b.submitted.localeCompare(a.submitted),
  );
  const picked = sorted.slice(from - 1, to);
  if (from < 1 || to < from || picked.length === 0) return undefined;
  const edge = (i: number) => sorted[i]?.submitted;
  const tie =
    edge(from - 2) === edge(from - 1) || edge(to - 1) === edge(to)
      ? ' (a tie at an edge: papers of the same day are in the order the listing shows them)'
      : '';
  return {
    answer: `Papers ${from} to ${to} by first version, ${oldest ? 'oldest' : 'newest'} first (${plural(picked.length, 'paper')}): ${joinAnd(picked.map((p) => `"${p.title}" (${formatDate(p.submitted)})`))}${tie}.`,
    understood: `places ${from} to ${to} of the papers by first version, ${oldest ? 'oldest' : 'newest'} first`,
    papers: picked,
  };
}

/** Papers picked by another question ("the 4 papers with the most authors"), then something of each: undefined for other questions. */
export function pickedPapers(
  text: string,
  pick: (q: string) => Answer,
  listing: { papers: readonly Paper[]; question: string } = { papers: [], question: text },
): Answer | undefined {
  const placed = places(text, listing.papers, listing.question);
  if (placed) return placed;
  const of = AUTHORS_OF.exec(text) ?? swap(EACH_AFTER.exec(text));
  if (of) return authorsOf(of[1] as string, pick(`which are ${dozen(of[2] as string)}`));
  const down = BROKEN_DOWN.exec(text);
  if (down && /\b(?:most|fewest|\w+est)\b/i.test(down[1] as string))
    return brokenDown(down[2] as string, pick(`which are ${dozen(down[1] as string)}`));
  return undefined;
}

const dozen = (words: string) => words.replace(/\bdozen\b/i, '12');

function swap(m: RegExpExecArray | null): string[] | null {
  return m ? [m[0], m[2] as string, /^the\b/i.test(m[1] as string) ? (m[1] as string) : `the ${m[1] as string}`] : null;
}

function authorsOf(position: string, picked: Answer): Answer | undefined {
  if (picked.declined || picked.papers.length === 0) return undefined;
  const first = /first/i.test(position);
  const said = picked.papers.map((p) => `${nameAt(p, first)} ("${p.title}")`);
  return {
    answer: `The ${first ? 'first' : 'last'} authors of ${plural(picked.papers.length, 'paper')} (${picked.understood}): ${joinAnd(said)}.`,
    understood: `the ${first ? 'first' : 'last'} author of each of ${picked.understood}`,
    papers: picked.papers,
  };
}

function nameAt(p: Paper, first: boolean): string {
  if (first) return p.authors[0] ?? 'no name shown';
  return p.hiddenAuthorCount > 0 ? 'not shown (et al.)' : (p.authors.at(-1) ?? 'no name shown');
}

function brokenDown(by: string, picked: Answer): Answer | undefined {
  if (picked.declined || picked.papers.length === 0) return undefined;
  const group = by.toLowerCase();
  const keys = picked.papers.flatMap((p) =>
    group === 'year'
      ? [p.submitted.slice(0, 4)]
      : group === 'month'
        ? [p.submitted.slice(0, 7)]
        : group === 'primary category'
          ? p.categories.slice(0, 1)
          : p.categories,
  );
  const rows = [...tally(keys)].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k}: ${n}`);
  return {
    answer: `${picked.understood[0]?.toUpperCase()}${picked.understood.slice(1)} per ${group}: ${rows.join(', ')} (${plural(picked.papers.length, 'paper')} in all).`,
    understood: `${picked.understood}, counted by ${group}`,
    papers: picked.papers,
  };
}
