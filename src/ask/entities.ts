import type { Author, AuthorRef } from '../search/author-map.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Token, fold, tokenize } from '../listing/text.js';
import { STOP_WORDS, editDistance, termOf } from '../search/terms.js';
import { matchesTokens } from '../search/name-match.js';

/** A person named in a question: resolved to one author, or ambiguous among several. */
export type NameMention =
  | { kind: 'author'; author: Author; text: string; typo: boolean }
  | { kind: 'ambiguous'; text: string; candidates: AuthorRef[] };

// Words that frame a question rather than name a topic.
const FRAME = new Set(
  `paper papers article articles publication publications preprint preprints work works listing arxiv
  entry entries research study studies about regarding concerning related relating topic topics
  wrote write written writes authored author authors coauthor coauthors published publish publishes
  submitted submit submission released appeared posted came come went gone added uploaded put many much number count total
  who whom whose what which when where how list show find give tell me please get
  does did do done has have had is are was were be been being by from in on of with the a an
  any all some there their his her its one ones same also ever yet overall altogether year years
  month months date dated new newest latest recent recently most more least oldest earliest first
  last people person someone anyone somebody together bot total
  announced announce revised revision updated update breakdown split version versions jointly between both either and or vs versus
  like named called titled talk talks discuss discusses discussing cover covers covering mention
  mentions mentioning deal deals dealing so far out spring summer autumn fall winter season
  coauthored cowrote cowritten worked working contributed anything something co link links linked
  appear appears appeared share shares shared going go different distinct unique listed among don doesn
  per day days after before since second third fewest least longest shortest gap often mention named
  name names show shows shown visible state states stated carry carries tagged tag tags contain contains
  containing word words counting say says said according each much long ones only just single exactly
  over under less fewer than whole entire full tell remember need looking want know papres paers
  pappers wich hw whats wheres whos ok okay use using got across submissions somewhere anywhere fraction percentage percent share proportion ratio files visible common category categories cross lists prolific top leading active productive
  collaborate collaborates collaborated collaborator collaborators frequent partner partners works
  line busiest average mean announcement older newer primary primarily compare compared biggest largest
  highest lowest smallest abstracts break broken down dates up once include includes including included inclusive incl
  hidden apart too comments comment lately hers him actually honestly lines bigger larger smaller should stuff look looks behind gist refs thing things could would finding
  everything happened happen counted
  id ids identifier identifiers inside every persons combined available`.split(/\s+/),
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

/** A question being read for names: its tokens, which of them a name took, and the names found. */
interface Scan {
  index: PaperIndex;
  text: string;
  tokens: Token[];
  folded: string[];
  used: boolean[];
  mentions: NameMention[];
  spans: Span[];
}

function take(scan: Scan, i: number, n: number, mention: NameMention): void {
  for (let k = i; k < i + n; k++) scan.used[k] = true;
  scan.mentions.push(mention);
  scan.spans.push({ start: (scan.tokens[i] as Token).start, end: (scan.tokens[i + n - 1] as Token).end });
}

/** Takes the words as one person's name, or as ambiguous among several; nothing when no one. */
function takePeople(scan: Scan, i: number, n: number, people: Author[], text: string): void {
  if (people.length === 1) take(scan, i, n, { kind: 'author', author: people[0] as Author, text, typo: false });
  else if (people.length > 1) take(scan, i, n, { kind: 'ambiguous', text, candidates: refs(people) });
}

/** The one person whose n-word name is strictly closest to `words` with a typo (not exact), if any. */
function closestByTypo(index: PaperIndex, words: string[], n: number): Author | undefined {
  let best = Infinity;
  let found: Author[] = [];
  // "carey preibe" for Carey E. Priebe: a two-word name may leave out a middle initial.
  const middle = n === 2 ? index.authors.withWordCount(3).filter((a) => a.tokens[1]?.length === 1) : [];
  for (const a of [...index.authors.withWordCount(n), ...middle]) {
    const tokens = a.tokens.length === n ? a.tokens : [a.tokens[0], a.tokens[2]];
    let total = 0;
    for (let k = 0; k < n && total <= best; k++) {
      const w = words[k] as string;
      const d = editDistance(w, tokens[k] as string, tolerance(w));
      total += d > tolerance(w) ? Infinity : d;
    }
    if (total < best) {
      best = total;
      found = [a];
    } else if (total === best && total !== Infinity) found.push(a);
  }
  return best > 0 && best !== Infinity && found.length === 1 ? found[0] : undefined;
}

/** Reads the n words from token i as one name: exact in either order, by initials, or with a typo. */
function spotPhrase(scan: Scan, i: number, n: number): void {
  const { index, tokens } = scan;
  const names = index.authors;
  if (scan.used.slice(i, i + n).some(Boolean)) return;
  const words = scan.folded.slice(i, i + n);
  if (words.every((w) => isFrameWord(w) && !names.hasNameWord(w))) return;
  const spanText = scan.text.slice((tokens[i] as Token).start, (tokens[i + n - 1] as Token).end);
  const exact = index.authors.get(words.join(' ')) ?? index.authors.get([...words.slice(1), words[0]].join(' '));
  if (exact) return take(scan, i, n, { kind: 'author', author: exact, text: spanText, typo: false });
  // Initials: "D. Mahajan" or "D Mahajan".
  // Not two letters alone: "a c. elegans paper" names no one.
  const named = words.slice(1).every((w) => names.hasNameWord(w)) && words.slice(1).some((w) => w.length > 1);
  if ((words[0] as string).length === 1 && named)
    return takePeople(scan, i, n, index.authors.resolve(words.join(' ')), spanText);
  // A middle name or initial left out: "Joshua Vogelstein" for Joshua T. Vogelstein, when only one person fits.
  const asWords = (k: number) =>
    !/^\p{Lu}/u.test((tokens[i + k] as Token).word) && index.hasTextTerm(termOf(words[k] as string) ?? '');
  if (words.every((w, k) => names.hasNameWord(w) && !isFrameWord(w) && !asWords(k))) {
    const fits = names.resolve(words.join(' ')).filter((a) => a.tokens.length > n);
    if (fits.length === 1)
      return take(scan, i, n, { kind: 'author', author: fits[0] as Author, text: spanText, typo: false });
  }
  // "Josh Vogelstein" for Joshua T. Vogelstein: a given name cut short, when only one person fits.
  const rest = words.slice(1);
  const first = words[0] as string;
  if (
    n >= 2 &&
    first.length >= 3 &&
    !isFrameWord(first) &&
    rest.every((w) => names.hasNameWord(w) && !isFrameWord(w))
  ) {
    const rarest = rest.reduce((a, b) => (names.withNameWord(b).length < names.withNameWord(a).length ? b : a));
    const cut = names
      .withNameWord(rarest)
      .filter((a) => a.tokens[0] !== first && a.tokens[0]?.startsWith(first) && matchesTokens(words, a.tokens, true));
    if (cut.length === 1)
      return take(scan, i, n, { kind: 'author', author: cut[0] as Author, text: spanText, typo: true });
  }
  // A typo: every word within tolerance of the same person's words, at least one exact.
  if (!words.some((w) => names.hasNameWord(w))) return;
  if (words.some((w) => !names.hasNameWord(w) && (isFrameWord(w) || index.hasTextTerm(termOf(w) ?? '')))) return;
  const typo = closestByTypo(index, words, n);
  if (typo) take(scan, i, n, { kind: 'author', author: typo, text: spanText, typo: true });
}

/** "nancy lynch": a lower-case word before a lower-case family name, no one's name and no word of the papers. */
function unknownGivenName(scan: Scan, i: number): boolean {
  const [prev, token] = [scan.tokens[i - 1], scan.tokens[i] as Token];
  const before = scan.folded[i - 1] as string;
  if (!prev || scan.used[i - 1] || /\p{Lu}/u.test(prev.word + token.word) || isFrameWord(before)) return false;
  return !scan.index.authors.hasNameWord(before) && !scan.index.hasTextTerm(termOf(before) ?? '');
}

/**
 * Reads token i alone as a given or family name. Lower-case words that also occur in titles
 * and abstracts are read as words ("park", "go"), capitalized ones as names.
 */
function spotWord(scan: Scan, i: number): void {
  if (scan.used[i]) return;
  const { index } = scan;
  const w = scan.folded[i] as string;
  if (w.length < 2 || !index.authors.hasNameWord(w) || isFrameWord(w)) return;
  const word = (scan.tokens[i] as Token).word;
  if (!/^\p{Lu}/u.test(word) && index.hasTextTerm(termOf(w) ?? '')) return;
  // "Percy Liang": a capitalized word beside it that is no one's name makes it a person the listing does not have.
  const beside = [i - 1, i + 1].filter((k) => {
    const t = scan.tokens[k];
    return (
      t &&
      !scan.used[k] &&
      /^\p{Lu}\p{Ll}/u.test(t.word) &&
      !isFrameWord(t.word) &&
      !index.authors.hasNameWord(scan.folded[k] as string)
    );
  });
  if (beside.length > 0 && /^\p{Lu}/u.test(word)) return;
  if (unknownGivenName(scan, i)) return;
  takePeople(scan, i, 1, index.authors.resolve(w), word);
}

/**
 * Finds the people a question names, longest names first: exact full names in any case or
 * order, initials ("D. Mahajan"), single given or family names ("Mahajan": ambiguous), and
 * full names with a typo in a word, where only a strictly closest person is taken so that two
 * people one edit apart (Divya, Divyat) are never merged.
 */
export function spotNames(index: PaperIndex, text: string): { mentions: NameMention[]; spans: Span[] } {
  const tokens = tokenize(text);
  const scan: Scan = {
    index,
    text,
    tokens,
    folded: tokens.map((t) => fold(t.word)),
    used: new Array<boolean>(tokens.length).fill(false),
    mentions: [],
    spans: [],
  };
  for (let n = 4; n >= 2; n--) for (let i = 0; i + n <= tokens.length; i++) spotPhrase(scan, i, n);
  for (let i = 0; i < tokens.length; i++) spotWord(scan, i);
  // Report mentions in the order they appear in the question.
  const order = scan.spans
    .map((s, k) => ({ s, m: scan.mentions[k] as NameMention }))
    .sort((a, b) => a.s.start - b.s.start);
  return { mentions: order.map((o) => o.m), spans: order.map((o) => o.s) };
}

function refs(people: Author[]): AuthorRef[] {
  return [...people]
    .sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name))
    .map((a) => ({ name: a.name, paperCount: a.papers.length }));
}
