import type { PaperFilter } from '../search/paper-filter.js';
import { fold, tokenize } from '../listing/text.js';
import { isFrameWord } from './entities.js';
import type { QuestionText } from './question-text.js';

/** Topic conditions, and negated words the question could not apply (so it must be declined). */
export interface Topics {
  clause: PaperFilter | null;
  /** The topic words, as typed, for the answer's wording. */
  words: string[];
}

const CONNECTORS = new Set(['of', 'for', 'to', 'in', 'on', 'with', 'the', 'a', 'an', 'via', 'and']);
const NEGATION_WORDS =
  "but not|and not|not|without|except(?: for)?(?: those)?|excluding|other than|apart from|aside from|none of(?: the)?|besides|leaving out(?! (?:everyone|everybody|anyone|all))|minus|but no|don't|do not|doesn't|does not|never";
/** The words that start what the papers are not: the question is split there. */
export const NEGATION = new RegExp(`\\b(?:${NEGATION_WORDS})\\b`, 'i');
// Within a topic, a bare "no" negates too ("a single name (no surname)").
const TOPIC_NEGATION = new RegExp(`\\b(?:${NEGATION_WORDS}|no)\\b`, 'i');

/** The topic words of a text: frame words out, small connectors kept between two topic words. */
export function contentWords(text: string): string {
  const words = tokenize(text).map((t) => t.word);
  const content = words.map((w) => !isFrameWord(w) && (w.length > 1 || /\d/.test(w)));
  const out: string[] = [];
  words.forEach((w, i) => {
    if (content[i]) out.push(w);
    else if (out.length > 0 && content[i - 1] && content[i + 1] && CONNECTORS.has(fold(w))) out.push(w);
  });
  return out.join(' ');
}

// Words that say what kind of work a paper is, not what it is about: "recommendation systems" asks about recommendation.
const GENERIC = /^(?:systems?|models?|approach(?:es)?|methods?|frameworks?|techniques?|analysis|analyses)$/i;

// A first word that is ordinary English alone keeps its generic word: "foundation models", not "foundation".
const BOUND = /^(?:foundation|world|reward|operating|file|graphical|dynamical|power|embedded)$/i;

/** A two-word topic without its generic word ("Llama models"), unless nothing else is left. */
function withoutGeneric(words: string): string {
  const [first, last] = words.split(' ');
  // Only a generic word after the topic goes: "model checking" and "systems programming" keep theirs.
  if (words.split(' ').length !== 2 || BOUND.test(first as string) || !GENERIC.test(last as string)) return words;
  const kept = words.split(' ').filter((w) => !GENERIC.test(w));
  while (kept.length && /^(?:of|for|to|in|on|with|the|a|an|via|and)$/i.test(kept[kept.length - 1] as string))
    kept.pop();
  return kept.length && kept.some((w) => !/^(?:of|for|to|in|on|with|the|a|an|via|and)$/i.test(w))
    ? kept.join(' ')
    : words;
}

/** A topic in the title only, or in the title and abstract; "X or Y" gives either; quoted words are a phrase. */
function topicClause(words: string, field: 'title' | 'abstract' | undefined): PaperFilter | null {
  const alternatives = words
    // "health, clinical or biomedical": a list before its "or" is alternatives too.
    .split(/\bor\b|,(?=[^,]*\bor\b)/i)
    .map((w) => w.trim())
    .filter(Boolean);
  const parts: PaperFilter[] = [];
  for (const alt of alternatives) {
    // "both 'reasoning' and 'math' in the title": each quoted word is asked for.
    const quotes = [...alt.matchAll(/(["'])([^"']+)\1/g)].map((q) => q[2] as string);
    if (quotes.length > 1 && !contentWords(alt.replace(/(["'])[^"']+\1/g, ' '))) {
      parts.push({
        all: quotes.map((q): PaperFilter =>
          field ? { kind: 'mentions', field, words: q } : { kind: 'topic', words: q, phrase: true },
        ),
      });
      continue;
    }
    // "'large language model' per year": quoted words, then only words that are not a topic.
    const lead = /^([^"]*?)(["'])([^"']+)\2(.*)$/.exec(alt);
    const quoted =
      lead !== null &&
      !!contentWords(lead[3] as string) &&
      !contentWords(lead[1] as string) &&
      !contentWords(lead[4] as string);
    const plain = quoted ? (lead[3] as string) : field ? contentWords(alt) : withoutGeneric(contentWords(alt));
    // "GPT-3.5", "GPT-4o": one name written with joiners, its parts in order.
    const joinedTokens = alt.match(/[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)+/gu) ?? [];
    // "GPT-3.5", "GPT-4o": a name with a number in it is read in order; "multi-agent" is two words.
    const phrase = quoted || joinedTokens.some((t) => /\d/.test(t) && t.replace(/[.-]/g, ' ') === plain);
    if (!plain) continue;
    const topic: PaperFilter = field
      ? { kind: 'mentions', field, words: plain }
      : { kind: 'topic', words: plain, ...(phrase ? { phrase } : {}) };
    // An acronym ("NeurIPS") may be named in the comments rather than the abstract.
    const acronym = !field && /^\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(plain) && !/\p{Lu}s$/u.test(plain);
    parts.push(acronym ? { any: [topic, { kind: 'mentions', field: 'comments', words: plain }] } : topic);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as PaperFilter) : { any: parts };
}

/**
 * Reads the topic from the words no other slot took: what follows "not", "without", "except" is
 * a NOT, "X or Y" is an OR, "in the title" keeps it to titles.
 */
export function readTopics(text: QuestionText): Topics {
  // "in their title or the visible abstract text" is where a topic is looked for anyway.
  text.take(
    /\b(?:in )?(?:their |its |the )?titles? (?:or|and) (?:the |their |its )?(?:visible )?abstracts?(?: text)?\b/i,
  );
  const inTitle =
    text.take(
      /\b(?:in|on) (?:the |their |its )?titles?\b|\bby title\b|\btitles? (?:that )?(?:about|mention(?:s|ing)?|contain(?:s|ing)?|with)\b|\btitles?\b/i,
    ) !== null;
  // "titles that start with 'Accelerating'": the word is looked for anywhere in the title.
  if (inTitle) text.take(/\b(?:start|starts|starting|begin|begins|beginning) with\b/i);
  const inAbstract =
    !inTitle &&
    text.take(
      /\b(?:in|on) (?:the |their |its )?abstracts?\b|\b(?:whose |the |their |its )?abstracts? (?:that |which )?(?:mention(?:s|ing)?|contain(?:s|ing)?|say(?:s|ing)?|about|with)\b/i,
    ) !== null;
  const field = inTitle ? 'title' : inAbstract ? 'abstract' : undefined;
  const rest = text.rest;
  const neg = TOPIC_NEGATION.exec(rest);
  const positive = neg ? rest.slice(0, neg.index) : rest;
  const negative = neg ? rest.slice(neg.index + neg[0].length) : '';
  const parts: PaperFilter[] = [];
  const words: string[] = [];
  const pos = topicClause(keepQuotes(positive), field);
  if (pos) {
    parts.push(pos);
    words.push(contentWords(positive));
  }
  const notWords = contentWords(negative);
  if (notWords) {
    const n = topicClause(keepQuotes(negative), field);
    if (n) parts.push({ not: n });
    words.push(`not ${notWords}`);
  }
  text.blank(0, text.rest.length);
  return { clause: parts.length === 0 ? null : parts.length === 1 ? (parts[0] as PaperFilter) : { all: parts }, words };
}

/** Quoted words kept whole through the split on "or". */
function keepQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").trim();
}
