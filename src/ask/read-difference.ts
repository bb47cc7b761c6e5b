/** Two counts a question compares: each side as a question of its own, and how to name it. */
export interface Difference {
  sides: [{ question: string; label: string }, { question: string; label: string }];
  /** "are there more papers in cs.RO than in cs.CV": answered yes or no, the first count against the second. */
  yesNo?: boolean;
  /** "were more than half of the papers revised": the first count against half of the second. */
  half?: 'more' | 'atLeast' | 'less';
  /** "are there at least twice as many cs.CL papers as cs.CV papers": the first against a multiple of the second. */
  times?: { factor: number; strictly: boolean };
  /** "do more than a tenth of the papers have cs.AI": the first count against that share of the second. */
  fraction?: { op: 'more' | 'atLeast' | 'less'; share: number; words: string };
  /** "the ratio of cs.DC to cs.NI papers", "how many times more … than …": the first count over the second. */
  ratio?: boolean;
}

// "are there (at least) twice as many q-bio.NC papers as stat.ME papers": two categories, one a multiple of the other.
const TIMES =
  /^(?:are|were) there (at least |more than )?(twice|three times|thrice|\d+ times) as many (\S+) (papers|articles|preprints) as (?:there are )?(\S+?)(?: (?:papers|articles|preprints|ones))?[?.!]*$/i;

/** Two categories' counts, the first against a multiple of the second; undefined for other questions. */
export function readTimes(text: string): Difference | undefined {
  const m = TIMES.exec(text);
  if (!m || !CATEGORY.test(m[3] as string) || !CATEGORY.test(m[5] as string)) return undefined;
  const word = (m[2] as string).toLowerCase();
  const factor = word === 'twice' ? 2 : word === 'three times' || word === 'thrice' ? 3 : Number.parseInt(word, 10);
  const found = eitherSide(m[4] as string, 'in', m[3] as string, m[5] as string);
  return found && { ...found, times: { factor, strictly: /more than/i.test(m[1] ?? '') } };
}

const PREPOSITIONS = 'in|on|during|from|since|before|after|between|by|about|with|for';
const PREPOSITION = new RegExp(`\\b(?:${PREPOSITIONS})\\b`, 'gi');
const LEADING_PREPOSITION = new RegExp(`^(${PREPOSITIONS})\\b`, 'i');
const MORE_THAN = /^how many (?:more|fewer|less)\s+(.+?)\s+than\s+(.+)$/i;
// "how many papers before 2020 vs after 2020": the two counts, as "how many more … than …" gives them.
const COUNT_VERSUS = /^how many\s+(.+?)\s+(?:vs\.?|versus|compared (?:to|with))\s+(.+)$/i;
const PERIOD =
  /^(?:\d{4}|(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?(?: \d{4})?)$/i;
const VERSUS =
  /^(.+?)\s+(?:vs\.?|versus|or)\s+(.+?)\s*[:,;-]\s*(?:which|what)\b(?: (?:year|month|day|week|one|period))?\s+(?:had|has|have|saw|got|was|is)\s+(?:more|fewer|the most|the fewest|less)\s+(.*?)(?:[?.!]\s*(?:both numbers.*)?)?$/i;

// "are there more papers in 2024 or 2025", "did Dhruv Mahajan publish more in 2023 or 2024".
const MORE_IN =
  /^(?:(?:are|were) (?:there )?more (.+?)|did (.+?) (?:publish|write|submit|post|put out|release|have) more(?: papers)?|more (papers|articles|preprints)) (in|during|on|about) (.+?) (or|than) (?:in |during |on |about )?([^?!]+?)(?:,? (?:right|correct|true))?[?.!]*$/i;
// "2021 had more connectome papers than 2020, right?": two periods, the first said to have more.
const PERIOD_HAD =
  /^(?:did )?(?:the year )?(\d{4}) (?:had|have|see|saw) more (.*?)\b(papers|articles|preprints) than (?:in )?(\d{4})(?:,? (?:right|correct|true|did it|didn't it))?(?:,?\s+((?:going )?by (?:first|latest) (?:versions?|submissions?)))?[?.!]*$/i;
// "did Divya Mahajan write more papers than Dhruv Mahajan": two people, each one's papers counted.
const PERSON_MORE =
  /^(?:did|does|has) (.+?) (?:write|publish|author|put out|have) more (?:papers|articles|preprints) than (.+?)(?: did| does| has)?(?:,? (?:right|correct|true))?[?.!]*$/i;
const MORE_WITH = /^(?:are|were) there more papers with (.+?) than with (.+?)[?.!]*$/i;
// "are there more cs.LG papers than cs.AI papers", "by how much do cs.LG papers outnumber cs.AI ones".
const MORE_TAGGED =
  /^(?:(?:are|were) there more|(?<by>by how much|how many more) (?:do|did|does)) (?<a>\S+) (?<what>papers|articles|preprints) (?:than|outnumber) (?:the )?(?<b>\S+)(?: (?:papers|articles|preprints|ones))?[?.!]*$/i;
// "were more than half of the papers revised", "do most papers have a DOI".
const HALF =
  /^(?:were|are|was|is|do|does|did|have|has) (more than half|over half|most|the majority|at least half|less than half|fewer than half|under half) of (?:the |all )?(?:the )?(?:papers|preprints|articles)(?: in (?:this|the) (?:listing|list))? (.+?)[?.!]*$/i;
const OF_BASE =
  /^(?:of|among) (?:the |all )?papers (.+?), (?:were|are|was|is|have|had) (more than half|over half|most|the majority|at least half|less than half|fewer than half|under half)(?: of them)? (revised|cross-listed|single-author)[?.!]*$/i;
const HALF_OF: Record<string, 'more' | 'atLeast' | 'less'> = {
  'more than half': 'more',
  'over half': 'more',
  most: 'more',
  'the majority': 'more',
  'at least half': 'atLeast',
  'less than half': 'less',
  'fewer than half': 'less',
  'under half': 'less',
};
// "which topic has more papers, hallucination or music".
const WHICH_MORE =
  /^(?:which|what)(?: (?:topic|subject|area|one|category|field))? (?:has|have|had|gets?|got) (more|fewer|less) (papers|articles|preprints)(?: (?:about|on|in) (?:it|them))?\s*[,:;-]?\s*(?:(about|on|in) )?(.+?) or (?:about |on |in )?([^?.!]+?)[?.!]*$/i;
// Words that end a side: "in 2024 or later" is one period, not two.
const NO_SIDE = /^(?:later|earlier|after|before|not|so|less|more|fewer|none|newer|older|both|either|neither)\b/i;
const CODES = String.raw`[a-z][a-z-]*\.[A-Za-z-]+|astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nucl-(?:ex|th)|quant-ph`;
const CATEGORY = new RegExp(`^(?:${CODES})$`, 'i');

/**
 * "how many more papers were first submitted in 2023 than in 2022", "2024 vs 2025: which year had
 * more papers first submitted": the two counts to compare, each asked on its own. Undefined for
 * any other question.
 */
export function readDifference(text: string): Difference | undefined {
  const ratio = readRatio(text);
  if (ratio) return ratio;
  // "how many more cs.LG papers than cs.AI papers are there": the words after the second side say nothing.
  const bare = text.replace(
    /\s+(?:are there|exist|do we have|(?:does|do) (?:the|this) listing (?:have|hold))\s*[?.!]*$/i,
    '',
  );
  const more = MORE_THAN.exec(bare) ?? COUNT_VERSUS.exec(bare);
  if (more)
    return moreThan(
      more[1] as string,
      (more[2] as string).replace(/[?.!]+$/, '').replace(/\s+(?:papers|ones|articles|preprints)$/i, ''),
    );
  const fraction = readFraction(text);
  if (fraction) return fraction;
  const ofBase = readOfBase(text);
  if (ofBase) return ofBase;
  const half = HALF.exec(text);
  if (half) {
    const asked = `how many papers ${(half[2] as string).trim()}`;
    const all = { question: 'how many papers are in the listing', label: 'papers in the listing' };
    return {
      sides: [{ question: asked, label: 'such papers' }, all],
      half: HALF_OF[(half[1] as string).toLowerCase()],
    };
  }
  // "are there more papers with 'hallucination' in the title than with 'code' in the title".
  const withWords = MORE_WITH.exec(text);
  if (withWords) {
    const side = (w: string) => ({ question: `how many papers with ${w}`, label: `with ${w}` });
    return { sides: [side(withWords[1] as string), side(withWords[2] as string)], yesNo: true };
  }
  const moreIn = MORE_IN.exec(text);
  if (moreIn) {
    const found = moreInEither(moreIn);
    return found && moreIn[6]?.toLowerCase() === 'than' ? { ...found, yesNo: true } : found;
  }
  const had = PERIOD_HAD.exec(text);
  if (had) {
    const by = had[5] ? `, ${had[5]}` : '';
    const side = (y: string) => ({
      question: `how many ${had[2] ?? ''}${had[3] as string} in ${y}${by}`,
      label: `in ${y}`,
    });
    return { sides: [side(had[1] as string), side(had[4] as string)], yesNo: true };
  }
  const people = PERSON_MORE.exec(text);
  if (people) {
    const side = (who: string) => ({ question: `how many papers by ${who.trim()}`, label: `by ${who.trim()}` });
    return { sides: [side(people[1] as string), side(people[2] as string)], yesNo: true };
  }
  const tagged = MORE_TAGGED.exec(text)?.groups;
  if (tagged && CATEGORY.test(tagged['a'] as string) && CATEGORY.test(tagged['b'] as string)) {
    const found = eitherSide(tagged['what'] as string, 'in', tagged['a'] as string, tagged['b'] as string);
    return found && !tagged['by'] ? { ...found, yesNo: true } : found;
  }
  const which = WHICH_MORE.exec(text);
  if (which) return eitherSide(which[2] as string, which[3], which[4] as string, which[5] as string);
  const versus = VERSUS.exec(text);
  if (!versus) return undefined;
  const [a, b] = [versus[1] as string, versus[2] as string].map((s) => s.trim());
  const what = (versus[3] as string).trim() || 'papers';
  // "agents vs reasoning: which has more papers": two topics or categories.
  if (!PERIOD.test(a as string) || !PERIOD.test(b as string))
    return /^(?:papers|articles|preprints)$/i.test(what)
      ? eitherSide(what, undefined, a as string, b as string)
      : undefined;
  const side = (p: string) => ({ question: `how many ${what} in ${p}`, label: `in ${p}` });
  return { sides: [side(a as string), side(b as string)] };
}

// "do more than a tenth of the papers have cs.AI among their tags", "is over 25% of the listing revised".
const FRACTION =
  /^(?:were|are|was|is|do|does|did|have|has) (more than|over|at least|less than|fewer than|under) (a tenth|a fifth|a quarter|a third|(\d{1,2})(?:%| percent)) of (?:the |all )?(?:the )?(?:papers|preprints|articles|listing)(?: in (?:this|the) (?:listing|list))? (.+?)[?.!]*$/i;
const SHARES: Record<string, number> = { 'a tenth': 0.1, 'a fifth': 0.2, 'a quarter': 0.25, 'a third': 1 / 3 };

/** "Of the papers first submitted in 2020 or later, were more than half revised?": half of those papers. */
function readOfBase(text: string): Difference | undefined {
  const m = OF_BASE.exec(text);
  if (!m) return undefined;
  const [, base, share, rest] = m as unknown as [string, string, string, string];
  return {
    sides: [
      { question: `how many ${rest.trim()} papers ${base}`, label: 'such papers' },
      { question: `how many papers ${base}`, label: `papers ${base}` },
    ],
    half: HALF_OF[share.toLowerCase()],
  };
}

function readFraction(text: string): Difference | undefined {
  const m = FRACTION.exec(text);
  if (!m) return undefined;
  const words = (m[2] as string).toLowerCase();
  const share = m[3] ? Number(m[3]) / 100 : (SHARES[words] ?? 0);
  const said = (m[1] as string).toLowerCase();
  const op = said === 'at least' ? 'atLeast' : /less|fewer|under/.test(said) ? 'less' : 'more';
  const asked = `how many papers ${(m[4] as string).trim()}`;
  const all = { question: 'how many papers are in the listing', label: 'papers in the listing' };
  return {
    sides: [{ question: asked, label: 'such papers' }, all],
    fraction: { op, share, words: `${said} ${words}` },
  };
}

// "the ratio of cs.DC to cs.NI papers", "how many times more 2025 papers than 2024 papers".
const RATIO =
  /^(?:[^:?]{1,40}:\s*)?(?:how many (.+?) (?:are there )?(?:per|for (?:every|each)) (?:one )?(.+?)(?: (?:are there|is there|there are))?[?.!]*$)|^(?:(?:what|how big)(?:'s| is| was) )?(?:the )?ratio (?:of|between) (?:the )?(.+?) (?:to|and|vs\.?|versus|against) (?:the )?(.+?)[?.!]*$|^how many times (?:more|as many) (.+?) (?:than|as) (?:there are )?(?:the )?(.+?)(?: (?:are there|there are|do we have))?[?.!]*$/i;
const PAPER_WORDS = /\b(?:papers?|articles?|preprints?|ones)\b/gi;

/** Two periods, categories or topics, the first count over the second; undefined for other questions. */
function readRatio(text: string): Difference | undefined {
  const m = RATIO.exec(text);
  if (!m) return undefined;
  const side = (s: string) =>
    s
      .replace(PAPER_WORDS, ' ')
      .replace(/^\s*(?:(?:in|from|of|about|on)\s+)?(?:the\s+)?(?:year\s+)?/i, '')
      .replace(/,?\s+(?:going )?by (?:first submission|first version|first-version date)\b.*$/i, '')
      .replace(/\s+/g, ' ')
      .trim();
  const [a, b] = [side((m[1] ?? m[3] ?? m[5]) as string), side((m[2] ?? m[4] ?? m[6]) as string)];
  // "how many papers per year" is a distribution: "per" names two categories or periods here.
  if (m[1] !== undefined && !((CATEGORY.test(a) && CATEGORY.test(b)) || (PERIOD.test(a) && PERIOD.test(b))))
    return undefined;
  const found = eitherSide('papers', PERIOD.test(a) && PERIOD.test(b) ? 'in' : undefined, a, b);
  return found && { ...found, ratio: true };
}

/** "papers were first submitted in 2023" against "in 2022": the second is the first with its last phrase replaced. */
function moreThan(asked: string, other: string): Difference | undefined {
  const swapped = swap(asked, other);
  if (swapped)
    return {
      sides: [
        { question: `how many ${asked}`, label: swapped.was },
        { question: `how many ${swapped.text}`, label: swapped.now },
      ],
    };
  const lead = LEADING_PREPOSITION.exec(other)?.[1];
  const all = [...asked.matchAll(PREPOSITION)];
  const same = all.filter((m) => !lead || m[0].toLowerCase() === lead.toLowerCase());
  // "before 2020 than after 2020": the other side has a preposition of its own.
  const places = same.length > 0 ? same : all;
  const at = places.at(-1)?.index;
  if (at === undefined) return undefined;
  const base = asked.slice(0, at).trim();
  const right = lead ? other : `${asked.slice(at).split(/\s+/)[0]} ${other}`;
  const subject = /^(?:papers?|pprs?|articles?|preprints?)\b/i.test(base) ? base : `papers ${base}`.trim();
  return {
    sides: [
      { question: `how many ${subject} ${asked.slice(at)}`, label: asked.slice(at) },
      { question: `how many ${subject} ${right}`, label: right },
    ],
  };
}

function moreInEither(m: RegExpExecArray): Difference | undefined {
  const [, what, who, elided, prep, a, , b] = m as unknown as [
    string,
    string | undefined,
    string | undefined,
    string | undefined,
    string,
    string,
    string,
    string,
  ];
  const subject = who ? `papers by ${who}` : (what ?? elided ?? 'papers');
  return eitherSide(subject, prep, a, b);
}

/** Two periods, two categories or two topics: each side asked as a count of its own. */
function eitherSide(subject: string, prep: string | undefined, a: string, b: string): Difference | undefined {
  const [left, right] = [a.trim(), b.trim()];
  if (!left || !right || NO_SIDE.test(right)) return undefined;
  const periods = PERIOD.test(left) && PERIOD.test(right);
  if (!periods && /^(?:during|since|before|after|between)$/i.test(prep ?? '')) return undefined;
  const to = (p: string) => (periods ? (prep ?? 'in') : CATEGORY.test(p) ? 'in' : 'about');
  const side = (p: string) => ({ question: `how many ${subject} ${to(p)} ${p}`, label: `${to(p)} ${quoted(p)}` });
  return { sides: [side(left), side(right)] };
}

function quoted(side: string): string {
  return PERIOD.test(side) || CATEGORY.test(side) ? side : `"${side}"`;
}

/**
 * "papers have cs.CL as their primary category" against "cs.SE", "papers is Carey E. Priebe an
 * author of" against "Avanti Athreya": the last category or name of the first side replaced.
 */
function swap(asked: string, other: string): { text: string; was: string; now: string } | undefined {
  const now = other.replace(/[?.!]+$/, '').trim();
  const kind = CATEGORY.test(now)
    ? new RegExp(`\\b(?:${CODES})\\b`, 'gi')
    : /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)+$/u.test(now)
      ? NAME
      : undefined;
  const last = kind ? [...asked.matchAll(kind)].at(-1) : undefined;
  if (!last) return undefined;
  const text = asked.slice(0, last.index) + now + asked.slice(last.index + last[0].length);
  return { text, was: last[0], now };
}

const NAME = /\b\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)+/gu;
