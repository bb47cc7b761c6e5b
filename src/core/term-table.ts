/** Marks the boundary between a paper's fields in its term sequence, so no phrase spans two. */
export const FIELD_BREAK = 0xffffffff;

/**
 * Every index term of a listing with an id and its document frequency, and each paper's terms
 * as a compact sequence of ids (title, abstract, authors), for exclusions, phrases and the
 * membership checks of query planning, without keeping the text around.
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Papers containing each term, by term id. */
  readonly df: number[] = [];
  /** Each paper's term ids in order, fields separated by FIELD_BREAK. */
  readonly sequences: Uint32Array[] = [];

  /** The id of a term, or undefined when no paper has it. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term with this id. */
  term(id: number): string {
    return this.names[id] ?? '';
  }

  /** How many papers contain a term. */
  frequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : (this.df[id] as number);
  }

  /** Whether any paper has this term. */
  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** Records one paper's fields (each a list of terms); returns its sequence. */
  add(fields: readonly (readonly string[])[]): Uint32Array {
    const length = fields.reduce((n, f) => n + f.length, 0) + fields.length - 1;
    const seq = new Uint32Array(Math.max(0, length));
    const seen = new Set<number>();
    let k = 0;
    fields.forEach((terms, f) => {
      if (f > 0) seq[k++] = FIELD_BREAK;
      for (const t of terms) {
        let id = this.ids.get(t);
        if (id === undefined) {
          id = this.df.length;
          this.ids.set(t, id);
          this.names.push(t);
          this.df.push(0);
        }
        if (!seen.has(id)) {
          seen.add(id);
          this.df[id] = (this.df[id] as number) + 1;
        }
        seq[k++] = id;
      }
    });
    this.sequences.push(seq);
    return seq;
  }

  /** Term ids of a list of terms; null when some term is in no paper. */
  idsOf(terms: readonly string[]): number[] | null {
    const out: number[] = [];
    for (const t of terms) {
      const id = this.ids.get(t);
      if (id === undefined) return null;
      out.push(id);
    }
    return out;
  }
}

/** Whether `seq` contains `needle` as consecutive ids (a phrase, or a single term). */
export function containsSequence(seq: Uint32Array, needle: readonly number[]): boolean {
  if (needle.length === 0) return true;
  const first = needle[0] as number;
  outer: for (let i = seq.indexOf(first); i >= 0 && i + needle.length <= seq.length; i = seq.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (seq[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
