import { nameKey, nameTokens } from '../listing/names.js';
import { type Paper, compareNewest } from '../listing/paper.js';
import { compact } from '../listing/text.js';
import type { Author, AuthorMatch, AuthorRef } from './author.js';
import { type AuthorCard, authorCard } from './author-card.js';
import { closestAuthors, matchesTokens } from './name-match.js';

export type { Author, AuthorMatch, AuthorRef } from './author.js';
export type { AuthorCard } from './author-card.js';

const MAX_CANDIDATES = 25;
// People settled between two turns of the event loop while a running bot builds an index.
const SETTLE_BATCH = 20_000;

/**
 * The people of a listing, built once at load time. Names are matched by normalized key, so
 * case, diacritics, punctuation, initials and "Last, First" order do not matter, while two
 * different names (Divya and Divyat Mahajan) are never merged.
 */
export class AuthorMap {
  private byFirst?: Map<string, Author[]>;
  private byWord?: Map<string, Author[]>;
  private readonly byKey = new Map<string, Author>();
  /** Counts of each spelling, only for people whose name is spelled more than one way. */
  private readonly spellings = new Map<string, Map<string, number>>();
  private finished = false;
  private ranked: Author[] = [];
  private readonly nameWords = new Set<string>();
  private readonly byLength = new Map<number, Author[]>();

  /**
   * Builds the map of these papers at once; {@link add} and {@link finish} build it in steps.
   * `names` holds the keys of names seen before (a previous map's {@link names}), so that a
   * listing read again does not split the same names again.
   */
  constructor(
    papers: readonly Paper[] = [],
    readonly names = new Map<string, string>(),
  ) {
    for (const p of papers) this.add(p);
    if (papers.length > 0) this.finish();
  }

  /** Adds one paper's authors. */
  add(paper: Paper): void {
    const seen = new Set<string>();
    for (const name of paper.authors) {
      let key = this.names.get(name);
      if (key === undefined) {
        key = compact(nameKey(name));
        this.names.set(name, key);
      }
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let author = this.byKey.get(key);
      if (!author) {
        author = { key, name, tokens: key.split(' '), papers: [] };
        this.byKey.set(key, author);
        for (const t of author.tokens) this.nameWords.add(t);
        const same = this.byLength.get(author.tokens.length);
        if (same) same.push(author);
        else this.byLength.set(author.tokens.length, [author]);
      }
      // Most people have one spelling: a map of counts (a quarter of a million of them on a large
      // listing, all work for the garbage collector) is made only when a second one appears.
      let counts = this.spellings.get(key);
      if (!counts && name !== author.name) {
        counts = new Map([[author.name, author.papers.length]]);
        this.spellings.set(key, counts);
      }
      counts?.set(name, (counts.get(name) ?? 0) + 1);
      author.papers.push(paper);
    }
  }

  /** Sorts each person's papers newest first, picks the display spelling of each name, and ranks people. */
  finish(newestFirst: (a: Paper, b: Paper) => number = compareNewest): void {
    for (const work of this.finishWork(newestFirst)) work();
  }

  /** {@link finish} in pieces of a few thousand people each. */
  finishWork(newestFirst: (a: Paper, b: Paper) => number): (() => void)[] {
    if (this.finished) return [];
    this.finished = true;
    const people = [...this.byKey.values()];
    const work: (() => void)[] = [];
    for (let i = 0; i < people.length; i += SETTLE_BATCH)
      work.push(() => this.settle(people.slice(i, i + SETTLE_BATCH), newestFirst));
    work.push(() => this.rank(people));
    return work;
  }

  private settle(people: readonly Author[], newestFirst: (a: Paper, b: Paper) => number): void {
    for (const author of people) {
      if (author.papers.length > 1) author.papers.sort(newestFirst);
      // The display name is the spelling used most often (first seen on ties).
      let best = 0;
      for (const [name, count] of this.spellings.get(author.key) ?? []) {
        if (count > best) {
          best = count;
          author.name = name;
        }
      }
      this.spellings.delete(author.key);
    }
  }

  // Most papers first; people with as many papers in the order the listing first names them
  // (grouped by count: sorting every name of a large listing would hold the event loop).
  private rank(people: readonly Author[]): void {
    const byCount = new Map<number, Author[]>();
    for (const author of people) {
      const same = byCount.get(author.papers.length);
      if (same) same.push(author);
      else byCount.set(author.papers.length, [author]);
    }
    this.ranked = [...byCount.keys()].sort((a, b) => b - a).flatMap((count) => byCount.get(count) as Author[]);
  }

  /** Number of distinct people. */
  get size(): number {
    return this.byKey.size;
  }

  /** All people, most papers first. */
  all(): readonly Author[] {
    return this.ranked;
  }

  /** Whether some person's name has this (folded) word. */
  hasNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  /** The people whose names have this many words. */
  withWordCount(n: number): readonly Author[] {
    return this.byLength.get(n) ?? [];
  }

  /** The people whose name starts with this (folded) word. */
  withFirstToken(word: string): readonly Author[] {
    if (!this.byFirst) {
      this.byFirst = new Map();
      for (const a of this.byKey.values()) {
        const t = a.tokens[0];
        if (t === undefined) continue;
        const list = this.byFirst.get(t);
        if (list) list.push(a);
        else this.byFirst.set(t, [a]);
      }
    }
    return this.byFirst.get(word) ?? [];
  }

  /** The people whose name has this (folded) word anywhere. */
  withNameWord(word: string): readonly Author[] {
    if (!this.byWord) {
      this.byWord = new Map();
      for (const a of this.byKey.values())
        for (const t of new Set(a.tokens)) {
          const list = this.byWord.get(t);
          if (list) list.push(a);
          else this.byWord.set(t, [a]);
        }
    }
    return this.byWord.get(word) ?? [];
  }

  /** The person with exactly this name (after normalization), if any. */
  get(name: string): Author | undefined {
    return this.byKey.get(nameKey(name));
  }

  /**
   * The people a name may mean: the one whose name it is (in any order, with initials), else
   * everyone whose name has all its words, else all whose words start with them.
   */
  resolve(query: string): Author[] {
    const tokens = nameTokens(query);
    if (tokens.length === 0) return [];
    const exact = this.byKey.get(tokens.join(' '));
    if (exact) return [exact];
    for (const prefix of [false, true]) {
      if (prefix && tokens.every((t) => t.length < 2)) break;
      const matches = [...this.byKey.values()].filter(
        (a) => a.tokens.length >= tokens.length && matchesTokens(tokens, a.tokens, prefix),
      );
      if (matches.length > 1) {
        // A query that is some person's whole name, in any order, names that person.
        const whole = matches.filter((a) => a.tokens.length === tokens.length && tokens.every((t) => t.length > 1));
        if (whole.length === 1) return whole;
      }
      if (matches.length > 0) return matches;
    }
    return [];
  }

  /** Finds a person by a full, partial, reordered, abbreviated or misspelled name. */
  find(query: string): AuthorMatch {
    const matches = this.resolve(query);
    if (matches.length === 1) return { kind: 'found', author: matches[0] as Author };
    if (matches.length > 1) return { kind: 'ambiguous', candidates: this.refs(matches) };
    const tokens = nameTokens(query);
    const suggestions = tokens.length > 0 ? this.suggest(tokens) : [];
    return suggestions.length > 0 ? { kind: 'suggestions', suggestions } : { kind: 'none' };
  }

  /** Names close to a misspelled one: each query word within one or two edits of a name word. */
  private suggest(tokens: string[]): AuthorRef[] {
    return this.refs(closestAuthors(this.byKey.values(), tokens), false);
  }

  private refs(authors: Author[], sort = true): AuthorRef[] {
    const list = sort
      ? [...authors].sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name))
      : authors;
    return list.slice(0, MAX_CANDIDATES).map((a) => ({ name: a.name, paperCount: a.papers.length }));
  }

  /** The card of one person: papers newest first, dates, coauthors ranked by shared papers. */
  card(author: Author): AuthorCard {
    return authorCard(author, (key) => this.byKey.get(key)?.name);
  }

  /** Names that start with, or contain a word starting with, the typed text (for autocomplete). */
  complete(typed: string, limit = 25): AuthorRef[] {
    const tokens = nameTokens(typed);
    const all = this.all();
    if (tokens.length === 0) return this.refs(all.slice(0, limit));
    const hits: Author[] = [];
    for (const a of all) {
      if (matchesTokens(tokens, a.tokens, true)) hits.push(a);
      if (hits.length >= limit) break;
    }
    return this.refs(hits);
  }
}
