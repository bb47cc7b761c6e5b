import type { Author, AuthorRef } from '../search/author-map.js';
import type { PaperIndex } from '../search/paper-index.js';
import { STOP_WORDS, editDistance, fold, termOf, tokenize } from '../listing/text.js';

/** A person named in a question: resolved to one author, or ambiguous among several. */
export type NameMention =
  | { kind: 'author'; author: Author; text: string; typo: boolean }
  | { kind: 'ambiguous'; text: string; candidates: AuthorRef[] };

// Words that frame a question rather than name a topic.
const FRAME = new Set(
  `paper papers article articles publication publications preprint preprints work works listing arxiv
  entry entries research study studies about regarding concerning related relating topic topics
  wrote write written writes authored author authors coauthor coauthors published publish publishes
  submitted submit submission released appeared posted came come put many much number count total
  who whom whose what which when where how list show find give tell me please get
  does did do done has have had is are was were be been being by from in on of with the a an
  any all some there their his her its one ones same also ever yet overall altogether year years
  month months date dated new newest latest recent recently most more least oldest earliest first
  last people person someone anyone somebody together dataset collection corpus database bot total
  announced announce revised revision updated update breakdown split version versions jointly between both either and or vs versus
  like named called titled talk talks discuss discusses discussing cover covers covering mention
  mentions mentioning deal deals dealing so far out spring summer autumn fall winter season
  coauthored cowrote cowritten worked working contributed anything something co link links linked
  appear appears appeared share shares shared going go different distinct unique listed among don doesn
  per day days after before since second third fewest least longest shortest gap often mention named
  name names show shows shown visible state states stated carry carries tagged tag tags contain contains
  containing word words counting say says said according each much long ones only just single exactly
  over under less fewer than whole entire full tell remember need looking want know papres paers
  pappers wich hw whats wheres whos ok okay use using got across submissions somewhere anywhere fraction percentage share proportion files visible common category categories cross lists prolific top leading active productive
  collaborate collaborates collaborated collaborator collaborators frequent partner partners works
  line busiest average mean announcement older newer primary primarily`.split(/\s+/),
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
