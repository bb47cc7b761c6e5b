import { editDistance } from './terms.js';
import type { Author } from './author.js';

function tokenTolerance(token: string): number {
  return token.length <= 3 ? 0 : token.length <= 6 ? 1 : 2;
}

/** Every query token matches a different name token; one letter matches as an initial. */
export function matchesTokens(query: string[], name: string[], prefix: boolean): boolean {
  const used = new Set<number>();
  for (const q of query) {
    let hit = -1;
    for (let i = 0; i < name.length; i++) {
      if (used.has(i)) continue;
      const t = name[i] as string;
      const ok = q.length === 1 ? t.startsWith(q) : prefix ? t.startsWith(q) : t === q;
      if (ok) {
        hit = i;
        break;
      }
    }
    if (hit < 0) return false;
    used.add(hit);
  }
  return true;
}

/**
 * The five people whose names are closest to a misspelled one: each query word within one or two
 * edits of a name word.
 */
export function closestAuthors(people: Iterable<Author>, tokens: string[]): Author[] {
  const scored: { author: Author; distance: number }[] = [];
  for (const author of people) {
    let total = 0;
    let ok = true;
    const used = new Set<number>();
    for (const q of tokens) {
      const max = tokenTolerance(q);
      let best = max + 1;
      let bestAt = -1;
      author.tokens.forEach((t, i) => {
        if (used.has(i)) return;
        const d = q.length === 1 ? (t.startsWith(q) ? 0 : 9) : editDistance(q, t, max);
        if (d < best) {
          best = d;
          bestAt = i;
        }
      });
      if (bestAt < 0 || best > max) {
        ok = false;
        break;
      }
      used.add(bestAt);
      total += best;
    }
    if (ok) scored.push({ author, distance: total });
  }
  scored.sort(
    (a, b) =>
      a.distance - b.distance ||
      b.author.papers.length - a.author.papers.length ||
      a.author.name.localeCompare(b.author.name),
  );
  return scored.slice(0, 5).map((s) => s.author);
}
