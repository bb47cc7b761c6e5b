import type { PaperFilter } from '../search/paper-filter.js';

/** The filter with every author condition and author count going by the names shown. */
export function namesShown(f: PaperFilter | null): PaperFilter | null {
  if (!f) return f;
  if ('all' in f) return { all: f.all.map((g) => namesShown(g) as PaperFilter) };
  if ('any' in f) return { any: f.any.map((g) => namesShown(g) as PaperFilter) };
  if ('not' in f) return { not: namesShown(f.not) as PaperFilter };
  if (f.kind === 'measure' && f.measure === 'authors') return { ...f, measure: 'shownAuthors' };
  return f.kind === 'author' ? { ...f, shown: true } : f;
}
