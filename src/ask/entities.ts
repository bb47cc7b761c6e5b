import type { Author, AuthorRef } from '../search/author-map.js';
import { monthNumber } from '../listing/dates.js';
import type { PaperIndex } from '../search/paper-index.js';
import { STOP_WORDS, editDistance, fold, termOf, tokenize } from '../listing/text.js';

/** A person named in a question: resolved to one author, or ambiguous among several. */
export type NameMention =
  | { kind: 'author'; author: Author; text: string; typo: boolean }
  | { kind: 'ambiguous'; text: string; candidates: AuthorRef[] };

/** Filters found in free text: people, a year or month, and the words left for a topic. */
export interface Filters {
  names: NameMention[];
  year?: number;
  /** "YYYY-MM" */
  month?: string;
  /** "since 2024" / "after 2023": first day included, ISO. */
  from?: string;
  /** "before 2024": first day excluded, ISO. */
  until?: string;
  /** Date the year or month applies to: first version unless the question says "announced". */
  dateField: 'submitted' | 'announced';
  /** The remaining content words, as typed, or "" when none. */
  topic: string;
}

// Words that frame a question rather than name a topic.
const FRAME = new Set(
  `paper papers article articles publication publications preprint preprints work works listing arxiv
  entry entries research study studies about regarding concerning related relating topic topics
  wrote write written writes authored author authors coauthor coauthors published publish publishes
  submitted submit submission released appeared posted came come put many much number count total
  who whom whose what which when where how list show find give tell me please get search look
  does did do done has have had is are was were be been being by from in on of with the a an
  any all some there their his her its one ones same also ever yet overall altogether year years
  month months date dated new newest latest recent recently most more least oldest earliest first
  last people person someone anyone somebody together dataset collection corpus database bot total
  announced announce revised revision updated update breakdown split distribution version versions jointly between both either and or vs versus
  like named called titled talk talks discuss discusses discussing cover covers covering mention
  mentions mentioning deal deals dealing so far out spring summer autumn fall winter season`.split(/\s+/),
);

/** Whether a word only frames the question (and so is no topic). */
export function isFrameWord(word: string): boolean {
  const f = fold(word);
  return FRAME.has(f) || STOP_WORDS.has(f);
}

interface Span {
  start: number;
  end: number;
}

function tolerance(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
}

/**
 * Finds the people a question names, longest names first: exact full names in any case or
 * order, initials ("D. Mahajan"), single given or family names ("Mahajan": ambiguous), and
 * full names with a typo in a word, where only a strictly closest person is taken so that two
 * people one edit apart (Divya, Divyat) are never merged.
 */
export function spotNames(index: PaperIndex, text: string): { mentions: NameMention[]; spans: Span[] } {
  const names = index.authors;
  const tokens = tokenize(text);
  const used = new Array<boolean>(tokens.length).fill(false);
  const mentions: NameMention[] = [];
  const spans: Span[] = [];
  const folded = tokens.map((t) => fold(t.word));
  const capitalized = tokens.map((t) => /^\p{Lu}/u.test(t.word));

  const take = (i: number, n: number, mention: NameMention) => {
    for (let k = i; k < i + n; k++) used[k] = true;
    mentions.push(mention);
    spans.push({ start: (tokens[i] as { start: number }).start, end: (tokens[i + n - 1] as { end: number }).end });
  };

  for (let n = 4; n >= 2; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const words = folded.slice(i, i + n);
      if (words.every((w) => isFrameWord(w) && !names.hasNameWord(w))) continue;
      const spanText = text.slice((tokens[i] as { start: number }).start, (tokens[i + n - 1] as { end: number }).end);
      const exact = index.authors.get(words.join(' ')) ?? index.authors.get([...words.slice(1), words[0]].join(' '));
      if (exact) {
        take(i, n, { kind: 'author', author: exact, text: spanText, typo: false });
        continue;
      }
      // Initials: "D. Mahajan" or "D Mahajan".
      if ((words[0] as string).length === 1 && words.slice(1).every((w) => names.hasNameWord(w))) {
        const people = index.authors.resolve(words.join(' '));
        if (people.length === 1)
          take(i, n, { kind: 'author', author: people[0] as Author, text: spanText, typo: false });
        else if (people.length > 1) take(i, n, { kind: 'ambiguous', text: spanText, candidates: refs(people) });
        continue;
      }
      // A typo: every word within tolerance of the same person's words, at least one exact.
      if (!words.some((w) => names.hasNameWord(w))) continue;
      if (words.some((w) => !names.hasNameWord(w) && (isFrameWord(w) || index.hasTextTerm(termOf(w) ?? '')))) continue;
      let best = Infinity;
      let found: Author[] = [];
      for (const a of names.withWordCount(n)) {
        let total = 0;
        for (let k = 0; k < n && total <= best; k++) {
          const w = words[k] as string;
          const d = editDistance(w, a.tokens[k] as string, tolerance(w));
          total += d > tolerance(w) ? Infinity : d;
        }
        if (total < best) {
          best = total;
          found = [a];
        } else if (total === best && total !== Infinity) found.push(a);
      }
      if (best > 0 && best !== Infinity && found.length === 1) {
        take(i, n, { kind: 'author', author: found[0] as Author, text: spanText, typo: true });
      }
    }
  }
  // Single words: a given or family name. Lower-case words that also occur in titles and
  // abstracts are read as words ("park", "go"), capitalized ones as names.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const w = folded[i] as string;
    if (w.length < 2 || !names.hasNameWord(w) || isFrameWord(w)) continue;
    if (!capitalized[i] && index.hasTextTerm(termOf(w) ?? '')) continue;
    const people = index.authors.resolve(w);
    const spanText = (tokens[i] as { word: string }).word;
    if (people.length === 1) take(i, 1, { kind: 'author', author: people[0] as Author, text: spanText, typo: false });
    else if (people.length > 1) take(i, 1, { kind: 'ambiguous', text: spanText, candidates: refs(people) });
  }
  // Report mentions in the order they appear in the question.
  const order = spans.map((s, k) => ({ s, m: mentions[k] as NameMention })).sort((a, b) => a.s.start - b.s.start);
  return { mentions: order.map((o) => o.m), spans: order.map((o) => o.s) };
}

function refs(people: Author[]): AuthorRef[] {
  return [...people]
    .sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name))
    .map((a) => ({ name: a.name, paperCount: a.papers.length }));
}

const MONTH_YEAR =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b/i;
const YEAR = /\b((?:19|20)\d{2})\b/;

/** Blanks out spans of a text, keeping offsets. */
function blank(text: string, spans: Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Reads people, a year or month and a topic out of free text. */
export function extractFilters(index: PaperIndex, text: string): Filters {
  const { mentions, spans } = spotNames(index, text);
  let rest = blank(text, spans);
  const filters: Filters = {
    names: mentions,
    dateField: /\bannounced\b/i.test(text) ? 'announced' : 'submitted',
    topic: '',
  };
  rest = readPeriods(rest, filters);
  const my = filters.from || filters.until ? null : MONTH_YEAR.exec(rest);
  if (my) {
    const month = monthNumber(my[1] as string);
    if (month !== null) {
      filters.month = `${my[2]}-${String(month).padStart(2, '0')}`;
      filters.year = Number(my[2]);
      rest = rest.slice(0, my.index) + ' '.repeat(my[0].length) + rest.slice(my.index + my[0].length);
    }
  }
  const since = /\b(?:since|after)\s+((?:19|20)\d{2})\b/i.exec(rest);
  if (since) {
    filters.from = /after/i.test(since[0]) ? `${Number(since[1]) + 1}-01-01` : `${since[1]}-01-01`;
    rest = rest.slice(0, since.index) + ' '.repeat(since[0].length) + rest.slice(since.index + since[0].length);
  }
  const before = /\b(?:before|until|prior to)\s+((?:19|20)\d{2})\b/i.exec(rest);
  if (before) {
    filters.until = `${before[1]}-01-01`;
    rest = rest.slice(0, before.index) + ' '.repeat(before[0].length) + rest.slice(before.index + before[0].length);
  }
  const y = YEAR.exec(rest);
  if (y && filters.year === undefined) {
    filters.year = Number(y[1]);
    rest = rest.slice(0, y.index) + ' '.repeat(y[0].length) + rest.slice(y.index + y[0].length);
  }
  filters.topic = topicWords(rest);
  return filters;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'to', 'in', 'on', 'with', 'the', 'a', 'an', 'via']);

/**
 * The topic words of a text: frame words removed, but small connectors kept between two topic
 * words, so "papers on mixture of experts" gives "mixture of experts".
 */
export function topicWords(text: string): string {
  const words = tokenize(text).map((t) => t.word);
  const content = words.map((w) => !isFrameWord(w) && w.length > 1 && !/^\d{1,2}$/.test(w));
  const out: string[] = [];
  words.forEach((w, i) => {
    if (content[i]) out.push(w);
    else if (out.length > 0 && content[i - 1] && content[i + 1] && CONNECTORS.has(fold(w))) out.push(w);
  });
  return out.join(' ');
}

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 6],
  summer: [6, 9],
  autumn: [9, 12],
  fall: [9, 12],
  winter: [12, 15],
};
const YEAR_RE = '((?:19|20)\\d{2})';

/** The first day of month `m` (1-based, may run past 12) of year `y`, ISO. */
function monthStart(y: number, m: number): string {
  const year = y + Math.floor((m - 1) / 12);
  const month = ((m - 1) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Periods a question names, as a from/until pair of days (until excluded): seasons ("summer
 * 2023" is June to August), month ranges ("from June to August 2023"), year ranges ("between 2022
 * and 2023") and "since March 2024". Returns the text with what was read blanked out.
 */
function readPeriods(text: string, filters: Filters): string {
  const take = (m: RegExpExecArray) =>
    text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
  const season = new RegExp(`\\b(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR_RE}\\b`, 'i').exec(text);
  if (season) {
    const [start, end] = SEASONS[(season[1] as string).toLowerCase()] as [number, number];
    filters.from = monthStart(Number(season[2]), start);
    filters.until = monthStart(Number(season[2]), end);
    return take(season);
  }
  const months = new RegExp(
    `\\b(?:from|between)\\s+([a-z]+)\\s+(?:to|and|until|through|-)\\s+([a-z]+)\\s+(?:of\\s+)?${YEAR_RE}\\b`,
    'i',
  ).exec(text);
  const m1 = months ? monthNumber(months[1] as string) : null;
  const m2 = months ? monthNumber(months[2] as string) : null;
  if (months && m1 !== null && m2 !== null) {
    const y = Number(months[3]);
    filters.from = monthStart(y, m1);
    filters.until = monthStart(y, m2 >= m1 ? m2 + 1 : m2 + 13);
    return take(months);
  }
  const years = new RegExp(
    `\\b(?:from|between)\\s+${YEAR_RE}\\s+(?:to|and|until|through|-)\\s+${YEAR_RE}\\b`,
    'i',
  ).exec(text);
  if (years && Number(years[2]) >= Number(years[1])) {
    filters.from = `${years[1]}-01-01`;
    filters.until = `${Number(years[2]) + 1}-01-01`;
    return take(years);
  }
  const since = new RegExp(`\\bsince\\s+([a-z]+)\\s+${YEAR_RE}\\b`, 'i').exec(text);
  const sm = since ? monthNumber(since[1] as string) : null;
  if (since && sm !== null) {
    filters.from = monthStart(Number(since[2]), sm);
    return take(since);
  }
  return text;
}
