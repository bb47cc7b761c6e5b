import type { Author, AuthorRef } from '../search/author-map.js';
import { monthNumber } from '../listing/dates.js';
import { type PeriodFilters, readPeriods, readRevisions, without } from './periods.js';
import type { PaperIndex } from '../search/paper-index.js';
import { STOP_WORDS, editDistance, fold, termOf, tokenize } from '../listing/text.js';

/** A person named in a question: resolved to one author, or ambiguous among several. */
export type NameMention =
  | { kind: 'author'; author: Author; text: string; typo: boolean }
  | { kind: 'ambiguous'; text: string; candidates: AuthorRef[] };

/** Filters found in free text: people, dates, revisions, and the words left for a topic. */
export interface Filters extends PeriodFilters {
  names: NameMention[];
  /** The remaining content words, as typed, or "" when none. */
  topic: string;
  /** Words the filters cannot apply ("not", "without"), so the question must not be answered as if they were absent. */
  unread: string[];
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
  mentions mentioning deal deals dealing so far out spring summer autumn fall winter season
  coauthored cowrote cowritten worked working contributed anything something`.split(/\s+/),
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

/** Reads people, dates, revisions and a topic out of free text. */
export function extractFilters(index: PaperIndex, text: string): Filters {
  const { mentions, spans } = spotNames(index, text);
  let rest = blank(text, spans).replace(/\bco-(auth\w*|wr\w*)/gi, (_m, w: string) => `co${w} `);
  const filters: Filters = {
    names: mentions,
    dateField: /\bannounced\b/i.test(text) ? 'announced' : 'submitted',
    topic: '',
    unread: [],
  };
  rest = readRevisions(rest, filters);
  rest = readPeriods(rest, filters, /\b(?:last|this|past|previous)\b/i.test(rest) ? latestDate(index) : undefined);
  const my = filters.from || filters.until || filters.month ? null : MONTH_YEAR.exec(rest);
  if (my) {
    const month = monthNumber(my[1] as string);
    if (month !== null) {
      filters.month = `${my[2]}-${String(month).padStart(2, '0')}`;
      filters.year = Number(my[2]);
      rest = without(rest, my);
    }
  }
  const since = /\b(?:since|after)\s+((?:19|20)\d{2})\b/i.exec(rest);
  if (since) {
    filters.from = /after/i.test(since[0]) ? `${Number(since[1]) + 1}-01-01` : `${since[1]}-01-01`;
    rest = without(rest, since);
  }
  const before = /\b(?:before|until|prior to)\s+((?:19|20)\d{2})\b/i.exec(rest);
  if (before) {
    filters.until = `${before[1]}-01-01`;
    rest = without(rest, before);
  }
  const y = YEAR.exec(rest);
  if (y && filters.year === undefined) {
    filters.year = Number(y[1]);
    rest = without(rest, y);
  }
  for (const m of rest.matchAll(/\b(?:not|without|except|excluding|other than|apart from|besides|non)\b/gi))
    filters.unread.push(m[0].toLowerCase());
  filters.topic = topicWords(rest);
  return filters;
}

/** The listing's newest date (a first version or a revision): "last year" is counted from it. */
function latestDate(index: PaperIndex): string | undefined {
  let latest = index.newest[0]?.submitted;
  for (const p of index.papers) if (!latest || p.updated > latest) latest = p.updated;
  return latest;
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
