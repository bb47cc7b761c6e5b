import type { Paper } from '../listing/paper.js';
import { fold, words } from '../listing/text.js';
import type { ListingCatalog } from './listing-catalog.js';
import type { PaperFacts } from './paper-facts.js';

/** Titles that contain words starting with the typed text (for autocomplete), newest first. */
export function completeTitles(catalog: ListingCatalog, typed: string, limit: number): Paper[] {
  const needle = words(fold(typed));
  const { newestOrder, facts, slots } = catalog;
  if (needle.length === 0) return newestOrder.slice(0, limit).map((n) => slots[n] as Paper);
  const out: Paper[] = [];
  for (const n of newestOrder) {
    const title = (facts[n] as PaperFacts).titleKey.split(' ');
    if (needle.every((w) => title.some((t) => t.startsWith(w)))) out.push(slots[n] as Paper);
    if (out.length >= limit) break;
  }
  return out;
}
