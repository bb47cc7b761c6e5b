import type { Author } from '../search/author-map.js';
import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type NameMention, isFrameWord, spotNames } from './entities.js';
import type { QuestionText } from './question-text.js';

/** The people a question names, as conditions, and what could not be settled. */
export interface People {
  /** The people named, in order. */
  named: Author[];
  clause: PaperFilter | null;
  /** A name that fits several people: the question must say which. */
  ambiguous?: Extract<NameMention, { kind: 'ambiguous' }>;
  /** Capitalized words that look like a name no author of the listing has. */
  unknown?: string;
}

const MIDDLE =
  /\b(?:neither (?:the )?first nor (?:the )?last(?: author| one)?|(?:a )?middle author|not (?:the )?first or (?:the )?last author)\b/i;

/**
 * Reads the people a question names (full names, initials, a typo in one word; see spotNames),
 * with their position ("first author", "last author") and how they combine: "X and Y" both,
 * "X or Y" either.
 */
export function readPeople(text: QuestionText, index: PaperIndex, opts: { asPosition: boolean }): People {
  const { spans, ...spotted } = spotNames(index, text.rest);
  const mentions = coauthorsSettled(index, spotted.mentions, text.original);
  const named: Author[] = [];
  const parts: PaperFilter[] = [];
  let ownSaid = false;
  for (const [k, m] of mentions.entries()) {
    const span = spans[k] as { start: number; end: number };
    if (m.kind === 'ambiguous') {
      // A family name alone that several people share ("Mahajan") is asked about, not guessed.
      text.blank(span.start, span.end);
      return { named, clause: null, ambiguous: m };
    }
    const again = named.includes(m.author);
    if (!again) named.push(m.author);
    const around = `${text.rest.slice(Math.max(0, span.start - 30), span.start)} ${text.rest.slice(span.end, span.end + 40)}`;
    const own = ownPosition(text.rest.slice(span.end));
    if (own) ownSaid = true;
    const position = !opts.asPosition
      ? undefined
      : own
        ? (own.toLowerCase() as 'first' | 'second' | 'last')
        : ownSaid
          ? undefined
          : /\bfirst[- ]author/i.test(around)
            ? 'first'
            : /\bsecond[- ]author/i.test(around)
              ? 'second'
              : /\blast[- ]author/i.test(around)
                ? 'last'
                : undefined;
    // "Divya Mahajan: which of Divya Mahajan's papers…": one person, named twice.
    if (again && !position) {
      text.blank(span.start, span.end);
      continue;
    }
    const author = { kind: 'author' as const, name: m.author.name };
    // "on which of her papers is she neither the first nor the last author": a middle author.
    const middle = opts.asPosition && mentions.length === 1 && MIDDLE.test(text.rest);
    parts.push(
      middle
        ? { all: [author, { not: { ...author, position: 'first' } }, { not: { ...author, position: 'last' } }] }
        : { ...author, ...(position ? { position } : {}) },
    );
    text.blank(span.start, span.end);
  }
  if (opts.asPosition && parts.length > 0) text.takeAll(new RegExp(MIDDLE.source, 'gi'));
  if (opts.asPosition && parts.length > 0)
    text.takeAll(/\b(?:as )?(?:the )?(?:first|second|last)[- ]author(?:ed|s)?\b/gi);
  const either = parts.length > 1 && /\bor\b/i.test(text.original) && !/\band\b/i.test(text.original);
  const clause =
    parts.length === 0
      ? null
      : parts.length === 1
        ? (parts[0] as PaperFilter)
        : either
          ? { any: parts }
          : { all: parts };
  return { named, clause, ...unknownName(text) };
}

const TOGETHER = /\b(?:and|with|together|jointly|both|co-?auth\w*|co-?wr\w*|collaborat\w*)\b/i;

/**
 * "papers by Priebe and Vogelstein together": a family name several people share, beside a person
 * named in full, is the one of them who wrote with that person, when only one did.
 */
function coauthorsSettled(index: PaperIndex, mentions: NameMention[], question: string): NameMention[] {
  const others = mentions.flatMap((m) => (m.kind === 'author' ? [m.author] : []));
  if (others.length === 0 || others.length === mentions.length || !TOGETHER.test(question)) return mentions;
  return mentions.map((m) => {
    if (m.kind !== 'ambiguous') return m;
    const wrote = m.candidates
      .map((c) => index.authors.get(c.name))
      .filter((a): a is Author => a !== undefined && a.papers.some((p) => others.every((o) => o.papers.includes(p))));
    return wrote.length === 1 ? { kind: 'author', author: wrote[0] as Author, text: m.text, typo: false } : m;
  });
}

const PERSON_PLACE =
  /^(?:does|did|has) (\p{L}[\p{L}'’-]+ \p{L}[\p{L}'’-]+(?: \p{L}[\p{L}'’-]+)?) (?:have|has|got|write|wrote|written|publish|published|appear)\b/iu;
const PERSON_IS =
  /^is (\p{L}[\p{L}'’-]+(?: \p{L}[\p{L}'’-]+)?) (?:an author|in (?:this|the) (?:list|listing)|listed|on any)\b/iu;

/** Two or three capitalized words ("LeCun" too) left unread after names: likely a person the listing does not name. */
function unknownName(text: QuestionText): { unknown?: string } {
  const m =
    /(?<![\p{L}.])((?:\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}\.)(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?){1,2})(?![\p{L}])/u.exec(
      text.rest,
    );
  // "does yann lecun have any papers": two or three words in a person's place, in any case.
  const placed = m ? null : (PERSON_PLACE.exec(text.rest) ?? PERSON_IS.exec(text.rest));
  // "Is Percy Liang": the question's own first word is no part of the name.
  const words = (m?.[1] ?? placed?.[1] ?? '').split(/\s+/);
  if (placed && words.some((w) => isFrameWord(w))) return {};
  while (words.length > 0 && isFrameWord(words[0] as string)) words.shift();
  return words.length >= 2 || (placed && words.length === 1) ? { unknown: words.join(' ') } : {};
}

/**
 * "X as first author or Y as last author": the words right after a name are its own; "X is first
 * author and Y is last": a position said after the name, "author" left out the second time.
 */
function ownPosition(after: string): string | undefined {
  return (/^\s*(?:is )?(?:as )?(?:the )?(first|second|last)[- ]author/i.exec(after) ??
    /^\s*(?:is|as) (?:the )?(first|second|last)(?=\s*(?:[?.!,;]|$|and\b))/i.exec(after))?.[1];
}
