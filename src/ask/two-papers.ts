import { formatDate } from '../listing/dates.js';
import { nameKey } from '../listing/names.js';
import { type Paper, isRevised } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { paperNamed } from './relative-to-paper.js';

// "do the ENUBET paper and the Solitons paper have any author in common", "does X share an author with Y".
const SHARE =
  /^(?:do|does|did) (.+?) (?:and (.+?) (?:have|share) (?:an|any) authors?(?: in common)?|(?:share (?:an|any) authors? with|have (?:an|any) authors? in common with) (.+?))\s*\??$|^(?:is there )?(?:anyone|anybody|someone|a person|an author) (?:who is )?(?:(?:an )?authors? )?(?:of |on )?both (.+?) and (.+?)\s*\??$/i;

// "how many days apart were NVLM and Qwen2-VL first submitted", "are NVLM and Qwen2-VL in the same primary category".
// Each shape names two papers (groups a and b); the category ones may say "primary".
const DAYS_APART = [
  /^how (?:many days|long) apart (?:were|are|was) (?<a>.+?) and (?<b>.+?)(?: (?:first )?(?:submitted|published|posted))?\s*\??$/i,
  /^how many days (?:separate|are there between|lie between|passed between|were there between) (?:the (?:first )?submissions? of )?(?<a>.+?) and (?<b>.+?)\s*\??$/i,
];
const SAME_CATEGORY = [
  /^(?:are|were|is) (?<a>.+?) and (?<b>.+?) in the same (?<primary>primary )?category\s*\??$/i,
  /^(?:do|does) (?<a>.+?) and (?<b>.+?) (?:share|have) (?:a |the same )?(?<primary>primary )?category\s*\??$/i,
  /^(?:is|was) (?<a>.+?) in the same (?<primary>primary )?category as (?<b>.+?)\s*\??$/i,
];

// "which was first submitted first, A or B", "which of A and B …": the two papers a question names.
const PAIR = [
  /\b(?:which|what)\b[^,]*,\s*(?<a>.+?) or (?<b>.+?)$/i,
  /\bof (?<a>.+?) and (?<b>.+?) (?:was|is|has|had|came)\b/i,
];

/** The two papers the first question of a compound names, if it names two. */
export function namedPair(index: PaperIndex, text: string): [Paper, Paper] | undefined {
  return named(index, PAIR, text)?.pair;
}

/** A later question of a compound with "they", "their" and "the two" written as the two papers. */
export function theTwo(text: string, [a, b]: [Paper, Paper]): string {
  const both = `${a.arxivId ?? a.title.split(':')[0]} and ${b.arxivId ?? b.title.split(':')[0]}`;
  return text
    .replace(/\btheir first submissions\b/gi, `${both} first submitted`)
    .replace(/\b(?:they|the two(?: papers)?|both)\b/gi, both);
}

const EITHER_REVISED = [
  /^(?:of|between) (?<a>.+?) and (?<b>.+?),\s*(?:was|were|has|have|is) (?<which>either|both)(?: one| of them)? (?:been )?revised\s*\??$/i,
  /^(?:was|were|has|have|is) (?<which>either|both) (?:of )?(?<a>.+?) (?:and|or) (?<b>.+?) (?:been )?revised\s*\??$/i,
];

// "was Qwen2-VL submitted before NVLM", "did NVLM come out after Qwen2-VL": first versions compared.
const BEFORE = [
  /^(?:was|is|did) (?<a>.+?) (?:first )?(?:submitted|posted|published|released|come out|came out|appear|appeared) (?<side>before|after|earlier than|later than) (?<b>.+?)(?:,? (?:right|correct|true))?\s*\??$/i,
];

/** Two named papers compared: shared authors, days apart, the same category, revised; undefined for other questions. */
export function twoPapers(index: PaperIndex, text: string): Answer | undefined {
  return (
    sharedAuthors(index, text) ??
    daysApart(index, text) ??
    sameCategory(index, text) ??
    eitherRevised(index, text) ??
    firstBefore(index, text)
  );
}

function firstBefore(index: PaperIndex, text: string): Answer | undefined {
  const found = named(index, BEFORE, text);
  if (!found) return undefined;
  const [a, b] = found.pair;
  const before = /before|earlier/i.test(found.groups['side'] ?? '');
  const yes = before ? a.submitted < b.submitted : a.submitted > b.submitted;
  const lead = a.submitted === b.submitted ? 'No, the same day' : yes ? 'Yes' : 'No';
  return {
    answer: `${lead}: "${a.title}" was first submitted on ${formatDate(a.submitted)} and "${b.title}" on ${formatDate(b.submitted)}.`,
    understood: `whether the first version of "${a.title}" came ${before ? 'before' : 'after'} that of "${b.title}"`,
    papers: found.pair,
  };
}

function eitherRevised(index: PaperIndex, text: string): Answer | undefined {
  const which = EITHER_REVISED.map((s) => s.exec(text)?.groups?.['which']).find((w) => w !== undefined);
  const found = which && named(index, EITHER_REVISED, text);
  if (!which || !found) return undefined;
  const revised = found.pair.filter(isRevised);
  const yes = /both/i.test(which) ? revised.length === 2 : revised.length > 0;
  const said = found.pair.map(
    (p) => `"${p.title}" ${isRevised(p) ? `was revised (latest version ${formatDate(p.updated)})` : 'has one version'}`,
  );
  return {
    answer: `${yes ? 'Yes' : 'No'}: ${joinAnd(said)}.`,
    understood: `whether ${/both/i.test(which) ? 'both' : 'either'} of "${found.pair[0].title}" and "${found.pair[1].title}" was revised`,
    papers: revised.length > 0 ? revised : found.pair,
  };
}

/** The two papers of the first shape whose groups `a` and `b` name two different papers, with the shape's groups. */
export function named(
  index: PaperIndex,
  shapes: readonly RegExp[],
  text: string,
): { pair: [Paper, Paper]; primary: boolean; groups: Record<string, string | undefined> } | undefined {
  for (const shape of shapes) {
    const g = shape.exec(text)?.groups;
    if (!g) continue;
    const a = paperNamed(index, g['a'] as string, false);
    const b = paperNamed(index, g['b'] as string, false);
    if (a && b && a !== b) return { pair: [a, b], primary: g['primary'] !== undefined, groups: g };
  }
  return undefined;
}

function daysApart(index: PaperIndex, text: string): Answer | undefined {
  const found = named(index, DAYS_APART, text);
  if (!found) return undefined;
  const { pair } = found;
  const [a, b] = pair;
  const days = Math.round(Math.abs(Date.parse(a.submitted) - Date.parse(b.submitted)) / 86_400_000);
  return {
    answer: `${plural(days, 'day')} apart: "${a.title}" was first submitted on ${formatDate(a.submitted)} and "${b.title}" on ${formatDate(b.submitted)}.`,
    understood: `the days between the first versions of "${a.title}" and "${b.title}"`,
    papers: pair,
  };
}

function sameCategory(index: PaperIndex, text: string): Answer | undefined {
  const found = named(index, SAME_CATEGORY, text);
  if (!found) return undefined;
  const { pair, primary } = found;
  const [a, b] = pair;
  const understood = `whether "${a.title}" and "${b.title}" have the same ${primary ? 'primary ' : ''}category`;
  if (a.categories.length === 0 || b.categories.length === 0)
    return { answer: 'The listing does not show their categories.', understood, papers: pair, declined: true };
  const [pa, pb] = [a.categories[0] as string, b.categories[0] as string];
  if (primary || pa === pb)
    return {
      answer: `${pa === pb ? `Yes: both are primarily in ${pa}` : `No: "${a.title}" is primarily in ${pa} and "${b.title}" in ${pb}`}.`,
      understood,
      papers: pair,
    };
  const both = a.categories.filter((c) => b.categories.includes(c));
  return {
    answer: both.length
      ? `Not the same primary category (${pa} and ${pb}), but both are in ${joinAnd(both)}.`
      : `No: "${a.title}" is in ${joinAnd(a.categories)} and "${b.title}" in ${joinAnd(b.categories)}.`,
    understood,
    papers: pair,
  };
}

/** Whether two named papers share an author: yes with the names, no, or "cannot tell" when one hides authors. */
function sharedAuthors(index: PaperIndex, text: string): Answer | undefined {
  const m = SHARE.exec(text);
  if (!m) return undefined;
  const a = paperNamed(index, (m[1] ?? m[4]) as string, false);
  const b = paperNamed(index, (m[2] ?? m[3] ?? m[5]) as string, false);
  if (!a || !b || a === b) return undefined;
  const theirs = new Set(b.authors.map(nameKey));
  const shared = a.authors.filter((n) => theirs.has(nameKey(n)));
  const understood = `whether "${a.title}" and "${b.title}" share an author`;
  const papers = [a, b];
  if (shared.length > 0)
    return { answer: `Yes: ${joinAnd(shared)} ${shared.length === 1 ? 'is' : 'are'} on both.`, understood, papers };
  const cut = papers.filter((p) => p.hiddenAuthorCount > 0);
  if (cut.length > 0)
    return {
      answer: `The listing cannot tell: no name is shown on both, but ${joinAnd(cut.map((p) => `"${p.title}" hides ${plural(p.hiddenAuthorCount, 'author')}`))} ("et al.").`,
      understood,
      papers,
    };
  return {
    answer: `No: none of the ${plural(a.authors.length, 'author')} of "${a.title}" is among the ${plural(b.authors.length, 'author')} of "${b.title}".`,
    understood,
    papers,
  };
}
