import type { Paper } from '../listing/paper.js';
import { type Acronym, AcronymMiner } from './acronyms.js';
import { AuthorMap } from './author-map.js';
import { latestRevisionFirst, newestFirst } from './date-orders.js';
import { type IndexStats, listingStats } from './listing-stats.js';
import { type PaperFacts, type PaperTerms, paperFacts, sameText, textTerms } from './paper-facts.js';

/**
 * Everything about a listing that the full-text index does not hold: look-ups, people, acronyms,
 * orders, term counts. Papers are numbered by slot, their document id in MiniSearch: a slot
 * keeps its paper across refreshes while the paper's text is unchanged, so slots may have holes.
 */
export interface ListingCatalog {
  /** Papers in listing order. */
  papers: readonly Paper[];
  /** The paper in each slot. */
  slots: readonly (Paper | undefined)[];
  /** The facts of each slot's paper. */
  facts: readonly (PaperFacts | undefined)[];
  /** Each paper's slot. */
  slotOf: ReadonlyMap<Paper, number>;
  byId: ReadonlyMap<string, Paper>;
  byArxivId: ReadonlyMap<string, Paper>;
  byTitle: ReadonlyMap<string, Paper>;
  /** Papers by the short name their title starts with ("pimba" for "Pimba: A ..."). */
  byShortName: ReadonlyMap<string, readonly Paper[]>;
  /** How many papers have each term in their title or abstract. */
  textDf: ReadonlyMap<string, number>;
  /** Terms of author names. */
  nameTerms: ReadonlySet<string>;
  authors: AuthorMap;
  acronyms: readonly Acronym[];
  /** Newest first-version first. */
  newest: readonly Paper[];
  /** Revised papers, most recently revised first. */
  revised: readonly Paper[];
  /** Slots in `newest` order. */
  newestOrder: readonly number[];
  /** Each slot's position in `newest`: the tie-break between equal scores. */
  newestRank: Uint32Array;
}

/** Where a refreshed listing's papers go: slots kept from the previous catalog, and the changes. */
export interface SlotPlan {
  slots: (Paper | undefined)[];
  /** Slots of papers that are new or whose text changed. */
  added: number[];
  /** Previous slots whose paper is gone or changed. */
  removed: number[];
}

/** Keeps each paper whose text is unchanged in its previous slot; the others get new slots from `nextSlot` on. */
export function planSlots(previous: ListingCatalog, papers: readonly Paper[], nextSlot: number): SlotPlan {
  const before = new Map<string, number>();
  previous.slots.forEach((p, slot) => {
    if (p) before.set(p.id, slot);
  });
  const slots: (Paper | undefined)[] = new Array<Paper | undefined>(previous.slots.length);
  const added: number[] = [];
  for (const p of papers) {
    const slot = before.get(p.id);
    if (slot !== undefined && slots[slot] === undefined && sameText(previous.slots[slot] as Paper, p)) slots[slot] = p;
    else {
      const next = nextSlot + added.length;
      added.push(next);
      slots[next] = p;
    }
  }
  const removed: number[] = [];
  previous.slots.forEach((p, slot) => {
    if (p && slots[slot] === undefined) removed.push(slot);
  });
  return { slots, added, removed };
}

// Papers catalogued between two turns of the event loop while a running bot builds an index.
const BATCH = 100;
// Listings larger than this have more distinct words than the shared term cache keeps.
const OWN_WORD_TABLE_FROM = 1000;

/**
 * Builds a {@link ListingCatalog} in pieces of work a running bot can answer between. Given the
 * previous catalog and a {@link SlotPlan}, it reuses the facts of every kept slot and updates
 * the term counts by the changed papers only.
 */
export class CatalogBuilder {
  private readonly slots: readonly (Paper | undefined)[];
  private readonly facts: (PaperFacts | undefined)[] = [];
  private readonly byId = new Map<string, Paper>();
  private readonly byArxivId = new Map<string, Paper>();
  private readonly byTitle = new Map<string, Paper>();
  private readonly byShortName = new Map<string, Paper[]>();
  /** Each text term's document count, and the last slot that counted it (a whole build only). */
  private readonly counts = new Map<string, { df: number; last: number }>();
  private textDf = new Map<string, number>();
  private readonly nameTerms = new Set<string>();
  private readonly authors: AuthorMap;
  private readonly miner = new AcronymMiner();
  private newestOrder: number[] = [];
  private newest: Paper[] = [];
  private readonly newestRank: Uint32Array;
  private revised: Paper[] = [];
  private readonly slotOf = new Map<Paper, number>();
  private acronyms: Acronym[] = [];
  private stats: IndexStats | undefined;
  /** Each distinct word's term, for this build only (a small listing's words fit the shared cache). */
  private readonly wordTerms: Map<string, string | null> | undefined;

  constructor(
    private readonly papers: readonly Paper[],
    private readonly previous?: { catalog: ListingCatalog; plan: SlotPlan },
    private readonly known?: (p: Paper) => PaperTerms | undefined,
  ) {
    this.slots = previous ? previous.plan.slots : papers;
    this.newestRank = new Uint32Array(this.slots.length);
    this.authors = new AuthorMap([], previous?.catalog.authors.names);
    if (papers.length > OWN_WORD_TABLE_FROM && !previous) this.wordTerms = new Map();
  }

  /** The cataloguing of every paper, in pieces. */
  paperWork(): (() => void)[] {
    const work: (() => void)[] = [];
    for (let start = 0; start < this.slots.length; start += BATCH) {
      work.push(() => {
        for (let slot = start; slot < Math.min(start + BATCH, this.slots.length); slot++) this.add(slot);
      });
    }
    return work;
  }

  private add(slot: number): void {
    const p = this.slots[slot];
    if (!p) return;
    const kept =
      this.previous && slot < this.previous.catalog.slots.length ? this.previous.catalog.facts[slot] : undefined;
    // A whole build counts each paper's terms as it goes; a refresh applies the changes later.
    const facts =
      kept ??
      paperFacts(p, this.wordTerms, this.previous ? undefined : (terms) => this.count(terms, slot), this.known?.(p));
    this.facts[slot] = facts;
    this.slotOf.set(p, slot);
    this.byId.set(p.id, p);
    if (p.arxivId) this.byArxivId.set(p.arxivId, p);
    this.byTitle.set(facts.titleKey, p);
    if (facts.shortKey) {
      const same = this.byShortName.get(facts.shortKey);
      if (same) same.push(p);
      else this.byShortName.set(facts.shortKey, [p]);
    }
    this.authors.add(p);
    this.miner.addDefinitions(facts.acronyms);
    for (const t of facts.terms.authors.split(' ')) if (t) this.nameTerms.add(t);
  }

  private count(terms: readonly string[], slot: number): void {
    for (const t of terms) {
      const c = this.counts.get(t);
      if (c === undefined) this.counts.set(t, { df: 1, last: slot });
      else if (c.last !== slot) {
        c.df++;
        c.last = slot;
      }
    }
  }

  /** The documents MiniSearch indexes: every paper's, or those of these slots. */
  documents(slots?: readonly number[]): ({ id: number } & PaperTerms)[] {
    const which = slots ?? this.slots.flatMap((p, slot) => (p ? [slot] : []));
    return which.map((slot) => ({ id: slot, ...(this.facts[slot] as PaperFacts).terms }));
  }

  /** The work left once every paper was catalogued, in pieces. */
  remainingWork(): (() => void)[] {
    const rank = (p: Paper) => this.newestRank[this.slotOf.get(p) as number] as number;
    return [
      () => this.countTerms(),
      () => {
        this.newestOrder = newestFirst(this.slots);
      },
      () => this.orderByNewest(),
      ...this.authors.finishWork((a, b) => rank(a) - rank(b)),
      () => {
        this.acronyms = this.miner.result();
      },
      () => {
        this.stats = listingStats(this.catalog());
      },
    ];
  }

  // A whole build counted as it went; a refresh starts from the previous counts and applies the changes.
  private countTerms(): void {
    if (!this.previous) {
      this.textDf = new Map(Array.from(this.counts, ([t, c]) => [t, c.df]));
      return;
    }
    const { catalog, plan } = this.previous;
    this.textDf = new Map(catalog.textDf);
    for (const slot of plan.removed) {
      for (const t of textTerms((catalog.facts[slot] as PaperFacts).terms)) {
        const df = (this.textDf.get(t) ?? 1) - 1;
        if (df > 0) this.textDf.set(t, df);
        else this.textDf.delete(t);
      }
    }
    for (const slot of plan.added) {
      for (const t of textTerms((this.facts[slot] as PaperFacts).terms))
        this.textDf.set(t, (this.textDf.get(t) ?? 0) + 1);
    }
  }

  private orderByNewest(): void {
    this.newest = this.newestOrder.map((slot) => this.slots[slot] as Paper);
    this.newestOrder.forEach((slot, k) => {
      this.newestRank[slot] = k;
    });
    this.revised = latestRevisionFirst(this.newest);
  }

  /** The catalog and its statistics, once all the work is done. */
  result(): { catalog: ListingCatalog; stats: IndexStats } {
    return { catalog: this.catalog(), stats: this.stats as IndexStats };
  }

  private catalog(): ListingCatalog {
    return {
      papers: this.papers,
      slots: this.slots,
      facts: this.facts,
      slotOf: this.slotOf,
      byId: this.byId,
      byArxivId: this.byArxivId,
      byTitle: this.byTitle,
      byShortName: this.byShortName,
      textDf: this.textDf,
      nameTerms: this.nameTerms,
      authors: this.authors,
      acronyms: this.acronyms,
      newest: this.newest,
      revised: this.revised,
      newestOrder: this.newestOrder,
      newestRank: this.newestRank,
    };
  }
}
