import type { TypedQuestion } from './typed-question.js';

/** Ordinals in words, first to tenth. */
export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "second" for 2. */
export function ordinalWord(place: number): string {
  return ORDINALS[place - 1] ?? `${place}th`;
}

/**
 * The items at the `place`-th position of a ranking ("the second oldest" is 2), with every item
 * tied with it, and how many items rank ahead of them: competition ranks, so a tie shares a rank
 * and the next rank skips (1, 2, 2, 4). Undefined when the ranking has fewer items.
 */
export function atPlace<T>(
  items: readonly T[],
  value: (item: T) => number,
  direction: TypedQuestion['direction'],
  place: number,
): { at: T[]; ahead: number; value: number } | undefined {
  const better = (a: number, b: number) => (direction === 'least' ? a < b : a > b);
  const sorted = items.map(value).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const v = sorted[place - 1];
  if (v === undefined) return undefined;
  return {
    at: items.filter((t) => value(t) === v),
    ahead: items.filter((t) => better(value(t), v)).length,
    value: v,
  };
}

/**
 * "In second place (after 1 paper ahead)", or, when the place falls inside a tie, "Tied for
 * second place (places 2 to 4), after 1 paper ahead": the words before what stands at a place.
 */
export function placeLead(place: number, ahead: number, tied: number, noun: string): string {
  const after = ahead > 0 ? `after ${ahead} ${noun} ahead` : '';
  if (tied <= 1 || (ahead + 1 === place && tied === 1))
    return `In ${ordinalWord(place)} place${after ? ` (${after})` : ''}: `;
  const rank = ahead + 1;
  const places = `places ${rank} to ${rank + tied - 1}`;
  return `Tied for ${ordinalWord(rank)} place (${places}${after ? `, ${after}` : ''}): `;
}
