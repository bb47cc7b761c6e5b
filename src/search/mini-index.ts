import MiniSearch from 'minisearch';
import type { ListingCatalog } from './listing-catalog.js';
import { FIELDS, type PaperTerms } from './paper-facts.js';

export const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, abstract: 1, authors: 2 };

// Papers MiniSearch indexes between two turns of the event loop while a running bot builds an index.
export const BATCH = 32;

export type IndexDocument = { id: number } & PaperTerms;

/** A MiniSearch index and the next free document id, shared by the indexes of one listing's refreshes. */
export interface SharedIndex {
  mini: MiniSearch<IndexDocument>;
  nextSlot: number;
}

export function newMiniSearch(): MiniSearch<IndexDocument> {
  // Documents arrive as index terms joined by spaces (see PaperFacts): split, and keep them.
  return new MiniSearch<IndexDocument>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { boost: BOOST },
  });
}

/** Whether a MiniSearch document is one of this catalog's papers (not one a refresh is adding). */
export function owns(catalog: ListingCatalog, slot: number): boolean {
  return catalog.slots[slot] !== undefined;
}
