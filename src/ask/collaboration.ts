import { nameKey } from '../listing/names.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { tally } from '../base/tally.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { spotNames } from './entities.js';
import { numberOf } from './number-words.js';

// "which two people wrote the most papers together", "which pair of authors co-wrote the most".
const TOP_PAIR =
  /\b(?:which|what|who are the) (?:two (?:people|authors|researchers|persons)|pairs? of (?:people|authors|co-?authors|researchers))\b.*\b(?:most|more)\b|\bmost frequent (?:collaborating |co-?author )?(?:pair|duo|collaborators)\b/i;
// "how many pairs of people share at least 2 papers", "pairs who wrote two or more papers together".
const PAIRS_AT_LEAST = new RegExp(
  String.raw`\bpairs?(?: of (?:people|authors|co-?authors|researchers))?(?: here)?(?: who| that)? (?:have |has |had )?(?:share|shared|wrote|written|co-?wrote|co-?written|co-?authored|appear on|are on|have)(?: on)? (?:at least |more than (?=one)|(?=\S+ or more))?(\d{1,2}|one|two|three|four|five)(?: or more)? (?:papers?|of them)`,
  'i',
);
// "is there any pair of people here who wrote more than one paper together".
const ANY_PAIR = /^(?:is|are) there (?:any|a) pairs? of (?:people|authors)\b.*\bmore than one paper\b/i;
// "Tally the co-author pairs by how many papers they share".
const PAIR_TALLY = /\b(?:tally|count|break down)\b.*\bpairs?\b.*\bby how many papers\b/i;
// "how many different people has Marta Zlatic written with".
const COAUTHOR_COUNT =
  /(?:^|,\s*)how many (?:different |distinct |other )?(?:people|persons|co-?authors|researchers) (?:has|have|did) .+? (?:co-?)?(?:written|wr[io]te|worked|published|collaborated)(?: papers?)? with\b/i;
// "which of Divya Mahajan's co-authors are on more than two of them".
const COAUTHORS_ON = new RegExp(
  String.raw`\bco-?authors (?:are|appear) on (more than|at least) (\d{1,2}|one|two|three|four|five) of (?:them|(?:his|her|their) papers)\b`,
  'i',
);
// "who has X written with only once", "X's co-authors on just one paper".
const ONLY_ONCE =
  /\b(?:written|worked|published|co-?authored|collaborated) with (?:only|just|exactly) once\b|\bco-?authors? (?:on|of) (?:only |just |exactly )?one (?:of (?:his|her|their) )?papers?\b/i;
// "does X share a co-author with Y", "who links X and Y", "X's co-authors who also wrote with Y".
const SHARED =
  /\bshare (?:a|any) co-?authors?\b|\bco-?authors? in common\b|\bcommon co-?authors?\b|\bwho (?:links|connects)\b|\bco-?authors?\b.*\balso (?:wrote|worked|published|co-?authored) with\b/i;
// "who wrote a paper alone", "who has a solo paper", "single-author papers: who wrote them".
const ALONE =
  /^who (?:wrote|has written|published|authored|has) (?:a |any )?(?:paper |papers )?(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself)|solo|single-author)\b|^who (?:has|wrote) (?:a )?(?:solo|single-author) papers?\b|^how many (?:people|persons|authors) (?:wrote|have written|published|authored) (?:a |any )?(?:paper |papers )?(?:alone|on (?:their|his|her) own|solo|single-author)\b|^who wrote (?:a |any )?[a-z][a-z-]*\.[A-Za-z-]+ papers? (?:all )?(?:alone|by (?:themselves|himself|herself)|on (?:their|his|her) own)\b/i;
// "who has more co-authors, X or Y".
const MORE_COAUTHORS = /\b(?:more|fewer) (?:distinct |different )?co-?authors\b/i;

/** What the co-author readers look at: the papers, or those that hide no author when the question leaves them out. */
type Papers = { papers: readonly Paper[] };
// "ignoring the papers with hidden authors", "leaving out the papers that hide names behind et al.".
const HIDDEN_LEFT_OUT =
  /\b(?:ignor\w*|leav\w* out|exclud\w*|without|not counting|skip\w*)\b[^,?]*\b(?:hidden|et al|hide)\b/i;

/** Questions about who writes with whom, answered over the names shown; undefined for other questions. */
export function collaboration(index: PaperIndex, text: string): Answer | undefined {
  const all = HIDDEN_LEFT_OUT.test(text) ? index.papers.filter((p) => p.hiddenAuthorCount === 0) : index.papers;
  const seen: Papers = { papers: all };
  const named = () => spotNames(index, text).mentions.flatMap((m) => (m.kind === 'author' ? [m.author.name] : []));
  if (TOP_PAIR.test(text)) return topPairs(all);
  if (PAIR_TALLY.test(text)) return pairTally(all);
  if (ANY_PAIR.test(text)) return anyPair(all);
  const least = PAIRS_AT_LEAST.exec(text);
  if (least) {
    const n = numberOf(least[1] as string) || 2;
    return pairsWith(all, /more than/i.test(least[0]) ? n + 1 : n, /^how many\b/i.test(text));
  }
  if (ALONE.test(text)) {
    // "who wrote a cs.AI paper all by themselves": the single-author papers in that category.
    const code = /\b([a-z][a-z-]*\.[A-Za-z-]+) papers?\b/.exec(text)?.[1];
    return alone(code ? all.filter((p) => p.categories.includes(code)) : all, text);
  }
  // Names are spotted only when a co-author question is asked: this runs before every question's own reading.
  const asks = [COAUTHOR_COUNT, COAUTHORS_ON, ONLY_ONCE, SHARED, MORE_COAUTHORS].some((re) => re.test(text));
  if (!asks) return undefined;
  const people = named();
  if (COAUTHOR_COUNT.test(text) && people.length === 1) return coauthorCount(seen, people[0] as string);
  const on = COAUTHORS_ON.exec(text);
  if (on && people.length === 1) return coauthorsOn(seen, people[0] as string, on);
  if (ONLY_ONCE.test(text) && people.length === 1) return onlyOnce(seen, people[0] as string);
  if (SHARED.test(text) && people.length === 2) return shared(seen, people as [string, string], text);
  if (MORE_COAUTHORS.test(text) && people.length === 2) return moreCoauthors(seen, people as [string, string]);
  return undefined;
}

const hiddenNote = (papers: readonly Paper[]) => {
  const n = papers.filter((p) => p.hiddenAuthorCount > 0).length;
  return n ? ` (by the names shown: ${plural(n, 'paper')} hide some authors)` : '';
};

function pairCounts(papers: readonly Paper[]): Map<string, number> {
  return tally(
    papers.flatMap((p) => {
      const names = [...new Set(p.authors)].sort();
      return names.flatMap((a, i) => names.slice(i + 1).map((b) => `${a}\u0000${b}`));
    }),
  );
}

const pairWords = (key: string) => key.split('\u0000').join(' & ');

function topPairs(papers: readonly Paper[]): Answer {
  const counts = [...pairCounts(papers)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const best = counts.filter(([, n]) => n === counts[0]?.[1]);
  const next = counts.find(([, n]) => n < (counts[0]?.[1] ?? 0));
  const lead = best.length > 1 ? `Tied, ${best.length} pairs` : 'The pair';
  const after = next ? `; next: ${pairWords(next[0])} (${plural(next[1], 'paper')})` : '';
  return {
    answer: `${lead} with the most papers together (${plural(counts[0]?.[1] ?? 0, 'paper')}): ${joinAnd(best.slice(0, 20).map(([k]) => pairWords(k)))}${after}${hiddenNote(papers)}.`,
    understood: 'the two people with the most papers together',
    papers: [],
  };
}

function pairsWith(papers: readonly Paper[], least: number, count: boolean): Answer {
  const pairs = [...pairCounts(papers)]
    .filter(([, n]) => n >= least)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const listed = pairs.slice(0, 30).map(([k, n]) => `${pairWords(k)} (${n})`);
  const more = pairs.length > 30 ? ` and ${pairs.length - 30} more` : '';
  return {
    answer: `${plural(pairs.length, 'pair')} of people share at least ${plural(least, 'paper')}${count ? '' : `: ${joinAnd(listed)}${more}`}${hiddenNote(papers)}.`,
    understood: `pairs of people on at least ${plural(least, 'paper')} together`,
    papers: [],
  };
}

function alone(papers: readonly Paper[], text: string): Answer {
  const solo = papers.filter((p) => p.authors.length === 1 && p.hiddenAuthorCount === 0);
  // "the LHAASO Collaboration" is a group, not a person who wrote alone.
  const names = [...new Set(solo.map((p) => p.authors[0] as string))];
  const people = names.filter((n) => !/\bcollaboration\b/i.test(n));
  const groups = names.length - people.length;
  const note = groups ? ` (${plural(groups, 'collaboration')} signing alone not counted as a person)` : '';
  const count = /^how many\b/i.test(text)
    ? `${plural(people.length, 'person', 'people')} wrote a paper alone${note}: `
    : '';
  return {
    answer: people.length
      ? `${count}${joinAnd(people)} ${people.length === 1 ? 'wrote a paper' : 'wrote papers'} alone: ${plural(solo.length, 'single-author paper')}${count ? '' : note}.`
      : 'No paper in the listing has a single author.',
    understood: 'the authors of the single-author papers',
    papers: solo,
  };
}

/** A person's co-authors with how many papers each shares with them. */
function coauthors(index: Papers, name: string): { papers: Paper[]; counts: Map<string, number> } {
  const key = nameKey(name);
  const papers = index.papers.filter((p) => p.authors.some((a) => nameKey(a) === key));
  const counts = tally(papers.flatMap((p) => [...new Set(p.authors)].filter((a) => nameKey(a) !== key)));
  return { papers, counts };
}

function onlyOnce(index: Papers, name: string): Answer {
  const { papers, counts } = coauthors(index, name);
  const once = [...counts].filter(([, n]) => n === 1).map(([a]) => a);
  return {
    answer: `${name} has written with ${plural(once.length, 'person')} only once: ${joinAnd(once.slice(0, 60))}${once.length > 60 ? ` and ${once.length - 60} more` : ''}${hiddenNote(papers)}.`,
    understood: `the co-authors of ${name} on exactly one paper`,
    papers,
  };
}

function shared(index: Papers, [a, b]: [string, string], text: string): Answer {
  const [x, y] = [coauthors(index, a), coauthors(index, b)];
  const keyB = nameKey(b);
  const keyA = nameKey(a);
  const common = [...x.counts.keys()].filter((n) => y.counts.has(n) && nameKey(n) !== keyB && nameKey(n) !== keyA);
  const lead = /^(?:does|do|did|is|are|have|has)\b/i.test(text) ? (common.length ? 'Yes: ' : 'No: ') : '';
  return {
    answer: `${lead}${common.length ? `${plural(common.length, 'person')} wrote with both ${a} and ${b}: ${joinAnd(common)}` : `no one else wrote with both ${a} and ${b}`}${hiddenNote([...x.papers, ...y.papers])}.`,
    understood: `the co-authors ${a} and ${b} have in common`,
    papers: [],
  };
}

function moreCoauthors(index: Papers, [a, b]: [string, string]): Answer {
  const [x, y] = [coauthors(index, a).counts.size, coauthors(index, b).counts.size];
  const more = x === y ? 'as many' : x > y ? `${a} has more` : `${b} has more`;
  return {
    answer: `${a}: ${plural(x, 'distinct co-author')}; ${b}: ${plural(y, 'distinct co-author')}. ${x === y ? 'They have as many' : more}.`,
    understood: `the distinct co-authors of ${a} against ${b}`,
    papers: [],
  };
}

function pairTally(papers: readonly Paper[]): Answer {
  const rows = [...tally(pairCounts(papers).values())].sort((a, b) => a[0] - b[0]);
  return {
    answer: `Pairs of people by how many papers they share: ${rows.map(([n, c]) => `${n}: ${c}`).join(', ')}${hiddenNote(papers)}.`,
    understood: 'the pairs of people counted by how many papers they share',
    papers: [],
  };
}

function anyPair(papers: readonly Paper[]): Answer {
  const pairs = [...pairCounts(papers)].filter(([, n]) => n >= 2);
  const keys = new Set(pairs.map(([k]) => k));
  const shared = papers.filter((p) => {
    const names = [...new Set(p.authors)].sort();
    return names.some((a, i) => names.slice(i + 1).some((b) => keys.has(`${a}\u0000${b}`)));
  });
  return {
    answer: pairs.length
      ? `Yes: ${plural(pairs.length, 'pair')} wrote more than one paper together: ${joinAnd(pairs.slice(0, 20).map(([k, n]) => `${pairWords(k)} (${n})`))}${hiddenNote(papers)}.`
      : `No: no two people share more than one paper${hiddenNote(papers)}.`,
    understood: 'whether two people wrote more than one paper together',
    papers: shared,
  };
}

function coauthorCount(index: Papers, name: string): Answer {
  const { papers, counts } = coauthors(index, name);
  return {
    answer: `${name} has written with ${plural(counts.size, 'different person', 'different people')} over ${plural(papers.length, 'paper')}${hiddenNote(papers)}.`,
    understood: `the distinct co-authors of ${name}`,
    papers,
  };
}

function coauthorsOn(index: Papers, name: string, m: RegExpExecArray): Answer {
  const { papers, counts } = coauthors(index, name);
  const n = numberOf(m[2] as string);
  const least = /more than/i.test(m[1] as string) ? n + 1 : n;
  const found = [...counts].filter(([, c]) => c >= least).sort((a, b) => b[1] - a[1]);
  return {
    answer: `${name}'s co-authors on at least ${plural(least, 'paper')} of ${papers.length}: ${joinAnd(found.map(([a, c]) => `${a} (${c})`)) || 'none'}${hiddenNote(papers)}.`,
    understood: `the co-authors of ${name} on at least ${least} of their papers`,
    papers,
  };
}
