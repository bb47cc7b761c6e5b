import { type Paper, normalizeTitle } from './paper.js';

/**
 * Papers of several listings as one: the same paper (by arXiv id, else by normalized title) is
 * kept once, its latest version winning.
 */
export function mergeListings(listings: readonly Paper[][]): Paper[] {
  const byKey = new Map<string, Paper>();
  for (const papers of listings) {
    for (const p of papers) {
      const key = p.arxivId ?? `title:${normalizeTitle(p.title)}`;
      const kept = byKey.get(key);
      if (!kept || isNewer(p, kept)) byKey.set(key, p);
    }
  }
  return [...byKey.values()];
}

/** Whether `a` is a later version of the paper than `b`: by arXiv version when both show one, else by date. */
export function isNewer(a: Paper, b: Paper): boolean {
  if (a.version !== undefined && b.version !== undefined && a.version !== b.version) return a.version > b.version;
  return a.updated > b.updated;
}
