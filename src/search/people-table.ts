import type { Paper } from '../listing/paper.js';

/** A person on the counted papers: the name as first spelled there, and those papers in the order counted. */
export interface CountedPerson {
  name: string;
  papers: Paper[];
}

/** Which names of the papers {@link PeopleTable.rank} counts. */
export interface RankOptions {
  /** Only the first name, or only the last (none on a paper that hides authors). */
  position?: 'first' | 'last';
  /** Whether the person with this name key is counted at all. */
  counts?: (key: string) => boolean;
  /** Only people on at least (at most) this many of the papers. */
  minPapers?: number;
  maxPapers?: number;
}

/**
 * The listing's people as small numbers (names that differ only in case, accents or punctuation
 * are one person) and each paper's names as a run of them, so that people are counted over
 * thousands of papers by array index rather than by a map look-up per name.
 */
export class PeopleTable {
  private readonly slots = new Map<Paper, number>();
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private readonly keys: string[] = [];

  constructor(papers: readonly Paper[], keyOf: (name: string) => string) {
    const idOfKey = new Map<string, number>();
    const ids: number[] = [];
    this.starts = new Int32Array(papers.length + 1);
    papers.forEach((p, slot) => {
      this.slots.set(p, slot);
      this.starts[slot] = ids.length;
      for (const name of p.authors) {
        const key = keyOf(name);
        let id = idOfKey.get(key);
        if (id === undefined) idOfKey.set(key, (id = this.keys.push(key) - 1));
        ids.push(id);
      }
    });
    this.starts[papers.length] = ids.length;
    this.ids = Int32Array.from(ids);
  }

  /** The people on these papers (which must be this table's), most papers first. */
  rank(papers: readonly Paper[], options: RankOptions = {}): PeopleRanking {
    const size = this.keys.length;
    const counted = new Int32Array(size);
    let lastPaper: Int32Array | undefined;
    const allowed = options.counts ? new Int8Array(size) : undefined;
    const seen: number[] = [];
    const firstPaper = new Int32Array(size);
    const firstPlace = new Int32Array(size);
    const slots = new Int32Array(papers.length);
    for (let i = 0; i < papers.length; i++) slots[i] = this.slotOf(papers[i] as Paper);
    const { ids, starts } = this;
    for (let i = 0; i < papers.length; i++) {
      const slot = slots[i] as number;
      const from = this.from(slot, papers[i] as Paper, options.position);
      const to = this.to(slot, papers[i] as Paper, options.position);
      for (let j = from; j < to; j++) {
        const id = ids[j] as number;
        // A name listed twice on one paper counts once: a paper's few names are looked at, a long list's in a table.
        if (
          to - from <= FEW_NAMES ? listedBefore(ids, from, j, id) : (lastPaper ??= new Int32Array(size))[id] === i + 1
        )
          continue;
        if (lastPaper) lastPaper[id] = i + 1;
        if (allowed && allowed[id] === 0) allowed[id] = options.counts?.(this.keys[id] as string) ? 1 : -1;
        if (allowed && allowed[id] === -1) continue;
        if ((counted[id] as number)++ > 0) continue;
        seen.push(id);
        firstPaper[id] = i;
        firstPlace[id] = j - (starts[slot] as number);
      }
    }
    const min = options.minPapers ?? 1;
    const max = options.maxPapers ?? Infinity;
    const people = seen.filter((id) => (counted[id] as number) >= min && (counted[id] as number) <= max);
    const name = (id: number) =>
      (papers[firstPaper[id] as number] as Paper).authors[firstPlace[id] as number] as string;
    return new PeopleRanking({ table: this, papers, slots, position: options.position, people, counted, name });
  }

  /** Where the counted names of the paper in this slot start among {@link idAt}'s places. */
  from(slot: number, p: Paper, position?: 'first' | 'last'): number {
    const start = this.starts[slot] as number;
    return position === 'last' && p.hiddenAuthorCount === 0 ? Math.max(start, this.end(slot) - 1) : start;
  }

  /** Where they end (not included). */
  to(slot: number, p: Paper, position?: 'first' | 'last'): number {
    const start = this.starts[slot] as number;
    const end = this.end(slot);
    if (!position) return end;
    if (position === 'first') return Math.min(end, start + 1);
    return p.hiddenAuthorCount > 0 ? start : end;
  }

  private end(slot: number): number {
    return this.starts[slot + 1] as number;
  }

  idAt(j: number): number {
    return this.ids[j] as number;
  }

  get people(): number {
    return this.keys.length;
  }

  private slotOf(p: Paper): number {
    const slot = this.slots.get(p);
    if (slot === undefined) throw new Error(`PeopleTable: "${p.title}" is not a paper of this listing`);
    return slot;
  }
}

// Up to this many names, a paper's own names are searched for a repeat (a collaboration's thousands are not).
const FEW_NAMES = 32;

function listedBefore(ids: Int32Array, from: number, j: number, id: number): boolean {
  for (let k = from; k < j; k++) if (ids[k] === id) return true;
  return false;
}

/** What a {@link PeopleRanking} is made of: the counts of {@link PeopleTable.rank}. */
interface Counted {
  table: PeopleTable;
  papers: readonly Paper[];
  slots: Int32Array;
  position: RankOptions['position'];
  /** The people counted, in the order first met. */
  people: readonly number[];
  counted: Int32Array;
  name: (id: number) => string;
}

// Groups of tied people are put in name order while fewer than this many people come before them.
const NAMED_HEAD = 100;
// The first places are gathered with any others asked for, as an answer shows them next.
const GATHERED_HEAD = 30;
// A last group (the fewest papers) is put in name order when it has at most this many people.
const NAMED_TAIL = 1000;

/**
 * People ranked by how many of the papers they are on, most first; ties in name order among the
 * first hundred and in a small last group (the answers show those: sorting every name of a large
 * listing is most of a ranking's time). Each person's papers are gathered only when asked for.
 */
export class PeopleRanking {
  readonly length: number;
  private readonly order: Int32Array;
  private readonly start: Int32Array;
  // Groups are put in name order only when an answer reaches them: most people of a large listing never are.
  private readonly named: Uint8Array;
  private readonly made = new Map<number, CountedPerson>();

  constructor(private readonly counts: Counted) {
    this.length = counts.people.length;
    ({ order: this.order, start: this.start } = this.byCount(counts.people));
    this.named = new Uint8Array(this.start.length);
  }

  /** How many papers the person at this place is on. */
  countAt(i: number): number {
    return this.counts.counted[this.order[i] as number] as number;
  }

  /** The people at places `from` to `to` (not included), with their papers. */
  slice(from = 0, to = this.length): CountedPerson[] {
    this.nameOrder(from, to);
    this.nameOrder(0, GATHERED_HEAD);
    const wanted = Array.from(this.order.subarray(Math.max(0, from), Math.min(this.length, to)));
    // Answers that show places ask for the first ones again: gathered in the same pass over the papers.
    const first = this.order.subarray(0, Math.min(this.length, GATHERED_HEAD));
    this.gather([...new Set([...wanted, ...first])].filter((id) => !this.made.has(id)));
    return wanted.map((id) => this.made.get(id) as CountedPerson);
  }

  /** The places `[from, to)` of the people tied with the person at place `i`. */
  tiedAround(i: number): [number, number] {
    const n = this.countAt(i);
    let from = i;
    let to = i + 1;
    while (from > 0 && this.countAt(from - 1) === n) from--;
    while (to < this.length && this.countAt(to) === n) to++;
    return [from, to];
  }

  /** The people by count, most first: a counting sort, as counts are small. */
  private byCount(people: readonly number[]): { order: Int32Array; start: Int32Array } {
    const { counted } = this.counts;
    let most = 0;
    for (const id of people) most = Math.max(most, counted[id] as number);
    // Group b holds the people on `most - b` papers; `start[b]` is its first place.
    const start = new Int32Array(most + 2);
    for (const id of people) (start[most - (counted[id] as number) + 1] as number)++;
    for (let b = 1; b < start.length; b++) (start[b] as number) += start[b - 1] as number;
    const order = new Int32Array(people.length);
    const next = start.slice();
    for (const id of people) order[(next[most - (counted[id] as number)] as number)++] = id;
    return { order, start };
  }

  /** Puts in name order the groups of tied people that places `[from, to)` reach and that answers show so. */
  private nameOrder(from: number, to: number): void {
    const { start, named } = this;
    const { name } = this.counts;
    const byName = (a: number, b: number) => {
      const x = name(a);
      const y = name(b);
      return x < y ? -1 : x > y ? 1 : 0;
    };
    let last = start.length - 2;
    while (last > 0 && start[last] === start[last + 1]) last--;
    for (let b = 0; b < start.length - 1 && (start[b] as number) < to; b++) {
      const first = start[b] as number;
      const end = start[b + 1] as number;
      if (named[b] || end <= from) continue;
      named[b] = 1;
      if (end - first > 1 && (first < NAMED_HEAD || (b === last && end - first <= NAMED_TAIL)))
        this.order.subarray(first, end).sort(byName);
    }
  }

  /** Makes these people's entries in one pass over the papers. */
  private gather(ids: readonly number[]): void {
    if (ids.length === 0) return;
    const { table, papers, slots, position, name } = this.counts;
    const made = ids.map((id) => ({ name: name(id), papers: [] as Paper[] }));
    const place = new Int32Array(table.people);
    ids.forEach((id, k) => (place[id] = k + 1));
    for (let i = 0; i < papers.length; i++) {
      const p = papers[i] as Paper;
      const slot = slots[i] as number;
      const to = table.to(slot, p, position);
      for (let j = table.from(slot, p, position); j < to; j++) {
        const person = made[(place[table.idAt(j)] as number) - 1];
        if (person && person.papers[person.papers.length - 1] !== p) person.papers.push(p);
      }
    }
    ids.forEach((id, k) => this.made.set(id, made[k] as CountedPerson));
  }
}
