import type { Query } from 'minisearch';
import { termOf } from './terms.js';
import type { Acronym } from './acronyms.js';

// A paper that matches an acronym only through its other form (the query says "MoE", the paper
// "mixture of experts") ranks below one that uses the query's own words.
const ALIAS_WEIGHT = 0.3;

/** One form of a requirement: terms that must all be in a paper. */
export interface Form {
  terms: readonly string[];
  /** The acronym's other form, not the query's own words. */
  alias: boolean;
}

/** A part of a query every hit must have, in any one of its forms ("MoE" or "mixture of experts"). */
export interface Requirement {
  forms: readonly Form[];
}

/** An acronym with its short form as an index term. */
interface AcronymTerms {
  short: string;
  long: readonly string[];
}

/**
 * Turns query terms into MiniSearch queries. An acronym mined from the listing matches its long
 * form too, and a long form its acronym, so "MoE" finds papers that only say "mixture of
 * experts" and the reverse.
 */
export class SearchPlanner {
  private readonly byShort = new Map<string, AcronymTerms>();
  private readonly byLongFirst = new Map<string, AcronymTerms[]>();

  constructor(acronyms: readonly Acronym[]) {
    for (const a of acronyms) {
      const short = termOf(a.short);
      if (short === null || a.longTerms.length === 0) continue;
      const entry = { short, long: a.longTerms };
      this.byShort.set(short, entry);
      const first = a.longTerms[0] as string;
      this.byLongFirst.set(first, [...(this.byLongFirst.get(first) ?? []), entry]);
    }
  }

  /**
   * What a paper must have to match all these terms. A term in `near` (one no paper has) is met by
   * any of the terms it may be a typo of, and by none when it has none.
   */
  requirements(terms: readonly string[], near: ReadonlyMap<string, readonly string[]> = new Map()): Requirement[] {
    const out: Requirement[] = [];
    for (let i = 0; i < terms.length;) {
      const t = terms[i] as string;
      const long = (this.byLongFirst.get(t) ?? []).find((a) => a.long.every((lt, k) => terms[i + k] === lt));
      if (long) {
        out.push({
          forms: [
            { terms: long.long, alias: false },
            { terms: [long.short], alias: true },
          ],
        });
        i += long.long.length;
        continue;
      }
      const next = terms[i + 1];
      // "Llama 3" is also "Llama3", and "GPT4" also "GPT-4": a name and its version number, apart or joined.
      if (next !== undefined && isVersionPair(t, next)) {
        out.push({
          forms: [
            { terms: [t, next], alias: false },
            { terms: [t + next], alias: true },
          ],
        });
        i += 2;
        continue;
      }
      const apart = splitVersion(t);
      if (apart) {
        out.push({
          forms: [
            { terms: [t], alias: false },
            { terms: apart, alias: true },
          ],
        });
        i++;
        continue;
      }
      const short = this.byShort.get(t);
      out.push({
        forms: short
          ? [
              { terms: [t], alias: false },
              { terms: short.long, alias: true },
            ]
          : [{ terms: [t], alias: false }],
      });
      i++;
    }
    return near.size === 0 ? out : out.map((r) => ({ forms: r.forms.flatMap((f) => readTypos(f, near)) }));
  }

  /** The whole query as a MiniSearch tree: every requirement ('AND') or any ('OR'). */
  tree(requirements: readonly Requirement[], combineWith: 'AND' | 'OR'): Query {
    const queries = requirements.map((r): Query => {
      const [only] = r.forms;
      if (r.forms.length === 1 && only?.terms.length === 1) return only.terms[0] as string;
      return { combineWith: 'OR', queries: r.forms.map((f) => form(f.terms, f.alias)) };
    });
    return { combineWith, queries };
  }

  /**
   * A narrow query for a large listing: the requirement that the fewest papers can meet, each of
   * its forms by its rarest term. Every hit of the whole query is among its hits; the other
   * terms are then checked on those hits rather than scored over all the papers that have them.
   */
  anchor(
    requirements: readonly Requirement[],
    documentCount: (term: string) => number,
  ): { query: Query; requirement: Requirement } {
    const rarest = (f: Form) => f.terms.reduce((a, b) => (documentCount(b) < documentCount(a) ? b : a));
    const cost = (r: Requirement) => r.forms.reduce((n, f) => n + documentCount(rarest(f)), 0);
    const requirement = requirements.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    return {
      query: { combineWith: 'OR', queries: requirement.forms.map((f) => form([rarest(f)], f.alias)) },
      requirement,
    };
  }
}

const NAME = /^\p{L}{2,}$/u;
const VERSION = /^\d{1,2}(?:\p{L}{1,2})?$/u;
const JOINED = /^(\p{L}{2,})(\d{1,2}(?:\p{L}{1,2})?)$/u;

/** "llama3" as "llama" and "3", "gpt4o" as "gpt" and "4o"; undefined for a term of another shape. */
export function splitVersion(term: string): string[] | undefined {
  const m = JOINED.exec(term);
  if (!m) return undefined;
  const [name, version] = [termOf(m[1] as string), termOf(m[2] as string)];
  return name && version ? [name, version] : undefined;
}

/** "llama" and "3": a name and a version number, which papers also write joined ("Llama3"). */
export function isVersionPair(name: string, version: string): boolean {
  return NAME.test(name) && VERSION.test(version);
}

/**
 * The query terms that are a name and version another way written ("gpt4" where papers write
 * "GPT-4", "qwen" of "Qwen 2" where they write "Qwen2"): found in that form, so no typos.
 */
export function versionForms(terms: readonly string[], known: (term: string) => boolean): Set<string> {
  const out = new Set<string>();
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    if (splitVersion(t)?.every(known)) out.add(t);
    if (next !== undefined && isVersionPair(t, next) && known(t + next)) out.add(t).add(next);
  });
  return out;
}

function form(terms: readonly string[], alias: boolean): Query {
  return { combineWith: 'AND', queries: [...terms], ...(alias ? { boostTerm: () => ALIAS_WEIGHT } : {}) };
}

/** A form with its typos read as the terms they may be of: one form for each reading. */
function readTypos(f: Form, near: ReadonlyMap<string, readonly string[]>): Form[] {
  let readings: string[][] = [[]];
  for (const t of f.terms) {
    const options = near.get(t) ?? [t];
    readings = readings.flatMap((r) => options.map((o) => [...r, o]));
  }
  return readings.map((terms) => ({ terms, alias: f.alias }));
}
