// Grades one reply against one expectation of fixtures/questions/*.json, reading only the reply's
// text, its cited papers and its flags, never how the engine words things. Rules, per key:
// - decline: right only when the reply is declined; anything else is wrong.
// - a declined reply to anything else is 'declined' (honest, not wrong), except that declining a
//   yes/no whose answer is "cannot tell" is right.
// - ids: the cited ids (`arxivId ?? title`) equal the expected set, no more, no fewer.
// - count: the number is in the text as a whole number ("1,323" counts as 1323); a count of 0 may
//   also be said as "no", "none" or "zero".
// - names: each name in the text, folded (lower case, no diacritics), not glued to other letters.
// - answer: the text starts with "Yes"/"No" after optional punctuation; "cannot tell" needs a
//   can't-tell phrase (CANNOT_TELL) and no leading Yes/No.
// - value: the token rules of answer-tokens.ts (valueTokens): URLs (scheme ignored), DOIs, dates
//   ("18 September 2024", "18 Sep 2024", "September 18, 2024", "2024-09-18"), months, arXiv ids,
//   category codes, "13+7", "44%"; else a whole number (decimals round to the expected places);
//   else every word of the free text.
// - ties: every tied paper cited, or its id or title in the text; nothing outside the tie cited.
// - distribution: each label (a "2024-09" month also as "Sep 2024"/"September 2024") followed
//   within 12 non-digit characters by its count.
// - parts: one sub-reply per part, in order, each graded by these rules; any wrong part makes the
//   whole wrong, any declined one makes it declined. Without parts: declined if the reply is, else wrong.
// Every key of an expectation is checked; all must hold.
import { escape, fold, hasNumber, hasPhrase, labelForms, valueTokens } from './answer-tokens.js';

export type Verdict = 'right' | 'declined' | 'wrong';

export interface Grade {
  verdict: Verdict;
  reason: string;
}

/** One row's `expect` of the question tables. */
export interface Expectation {
  ids?: string[];
  count?: number;
  names?: string[];
  answer?: 'yes' | 'no' | 'cannot tell';
  value?: string | number;
  ties?: string[];
  decline?: boolean;
  parts?: Expectation[];
  distribution?: Record<string, number>;
}

/** The parts of an engine's Answer the grader reads. */
export interface GradedAnswer {
  answer: string;
  papers: readonly { arxivId?: string | undefined; title: string }[];
  declined?: boolean | undefined;
  parts?: readonly GradedAnswer[] | undefined;
}

export interface GradeOptions {
  /** The title of a paper by id, so a tie may be named by title instead of cited. */
  titleOf?: (id: string) => string | undefined;
}

/** Phrases that say the listing does not tell. */
export const CANNOT_TELL =
  /\b(?:can(?:no|')?t|cannot) (?:tell|say|know|be (?:sure|known|determined|told))|\bnot known\b|\bunknown\b|\b(?:doesn't|does not|don't|do not) (?:say|show|tell|know)\b|\bno way to (?:tell|know)\b/i;

const LEADING_YES = /^[\W_]*yes\b/i;
const LEADING_NO = /^[\W_]*no\b/i;

const right = (reason: string): Grade => ({ verdict: 'right', reason });
const wrong = (reason: string): Grade => ({ verdict: 'wrong', reason });

/** The id a cited paper is compared by. */
export const citedId = (p: { arxivId?: string | undefined; title: string }): string => p.arxivId ?? p.title;

/** Grades a reply to a question of `kind` against its expectation. */
export function grade(answer: GradedAnswer, expect: Expectation, kind: string, options: GradeOptions = {}): Grade {
  if (expect.decline) {
    return answer.declined ? right('declined as expected') : wrong('expected a decline, got an answer');
  }
  if (expect.parts) return gradeParts(answer, expect.parts, options);
  if (answer.declined) {
    return expect.answer === 'cannot tell'
      ? right('declined a "cannot tell" question')
      : { verdict: 'declined', reason: 'declined' };
  }
  const failures = checks(answer, expect, kind, options).filter((f): f is string => f !== undefined);
  return failures.length === 0 ? right('all expected keys found') : wrong(failures.join('; '));
}

function checks(
  answer: GradedAnswer,
  expect: Expectation,
  kind: string,
  options: GradeOptions,
): (string | undefined)[] {
  const text = answer.answer;
  const cited = answer.papers.map(citedId);
  return [
    expect.ids && sameSet(cited, expect.ids),
    expect.count !== undefined ? checkCount(text, expect.count) : undefined,
    expect.names && missing('names', expect.names, (n) => hasPhrase(text, n)),
    expect.answer && checkYesNo(text, expect.answer),
    expect.value !== undefined ? checkValue(text, expect.value) : undefined,
    expect.ties && checkTies(text, cited, expect.ties, kind, options),
    expect.distribution && checkDistribution(text, expect.distribution),
  ];
}

function missing(what: string, items: readonly string[], found: (item: string) => boolean): string | undefined {
  const lost = items.filter((i) => !found(i));
  return lost.length === 0 ? undefined : `${what} missing: ${lost.map((l) => JSON.stringify(l)).join(', ')}`;
}

function sameSet(cited: readonly string[], ids: readonly string[]): string | undefined {
  const have = new Set(cited);
  const want = new Set(ids);
  const lost = [...want].filter((i) => !have.has(i));
  const extra = [...have].filter((i) => !want.has(i));
  if (lost.length === 0 && extra.length === 0) return undefined;
  const list = (xs: string[]) => xs.map(short).join(' | ');
  return [
    `cited ${have.size} of ${want.size} expected`,
    lost.length > 0 ? `missing ${lost.length}: ${list(lost.slice(0, 5))}` : '',
    extra.length > 0 ? `extra ${extra.length}: ${list(extra.slice(0, 5))}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const short = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}...` : s);

function checkCount(text: string, count: number): string | undefined {
  if (hasNumber(text, count)) return undefined;
  if (count === 0 && /\b(?:no|none|zero)\b/i.test(text)) return undefined;
  return `count ${count} not in text`;
}

function checkYesNo(text: string, expected: 'yes' | 'no' | 'cannot tell'): string | undefined {
  const yes = LEADING_YES.test(text);
  const no = LEADING_NO.test(text);
  if (expected === 'yes') return yes ? undefined : 'does not start with "Yes"';
  if (expected === 'no') return no ? undefined : 'does not start with "No"';
  if (yes || no) return `expected "cannot tell", starts with "${yes ? 'Yes' : 'No'}"`;
  return CANNOT_TELL.test(text) ? undefined : 'does not say it cannot tell';
}

function checkValue(text: string, value: string | number): string | undefined {
  const lost = valueTokens(value).filter((t) => !t.found(text));
  if (lost.length === 0) return undefined;
  return `value ${JSON.stringify(value)}: missing ${lost.map((t) => JSON.stringify(t.what)).join(', ')}`;
}

function checkTies(
  text: string,
  cited: readonly string[],
  ties: readonly string[],
  kind: string,
  options: GradeOptions,
): string | undefined {
  const named = (id: string) => {
    const title = options.titleOf?.(id);
    return cited.includes(id) || fold(text).includes(fold(id)) || (title !== undefined && hasPhrase(text, title));
  };
  const lost = missing('tied papers', ties, named);
  const extra = kind === 'superlative' ? cited.filter((c) => !ties.includes(c)) : [];
  const outside = extra.length > 0 ? `cited outside the tie: ${extra.map(short).join(' | ')}` : undefined;
  return [lost, outside].filter(Boolean).join('; ') || undefined;
}

function checkDistribution(text: string, distribution: Record<string, number>): string | undefined {
  const t = fold(text);
  const lost = Object.entries(distribution).filter(
    ([label, count]) =>
      !labelForms(label).some((form) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}.-])${escape(fold(form))}(?![\\p{L}\\p{N}-])[^\\d\\n]{0,12}?(?<![\\d.])${count}(?![\\d.]?\\d)`,
          'u',
        ).test(t),
      ),
  );
  return lost.length === 0 ? undefined : `distribution missing: ${lost.map(([l, c]) => `${l}: ${c}`).join(', ')}`;
}

/** The kind a part of a compound reads as, from its keys. */
export function kindOfPart(part: Expectation): string {
  if (part.decline) return 'decline';
  if (part.answer) return 'yesno';
  if (part.names) return 'authors';
  if (part.ids) return 'papers';
  if (part.count !== undefined) return 'count';
  return 'field';
}

function gradeParts(answer: GradedAnswer, parts: readonly Expectation[], options: GradeOptions): Grade {
  if (!answer.parts) {
    return answer.declined
      ? { verdict: 'declined', reason: 'declined the whole compound question' }
      : wrong(`expected ${parts.length} parts, got one reply without parts`);
  }
  if (answer.parts.length !== parts.length) return wrong(`expected ${parts.length} parts, got ${answer.parts.length}`);
  const grades = parts.map((p, i) => grade(answer.parts?.[i] as GradedAnswer, p, kindOfPart(p), options));
  const reason = grades.map((g, i) => `part ${i + 1} ${g.verdict}: ${g.reason}`).join('; ');
  if (grades.some((g) => g.verdict === 'wrong')) return wrong(reason);
  if (grades.some((g) => g.verdict === 'declined')) return { verdict: 'declined', reason };
  return right(reason);
}
