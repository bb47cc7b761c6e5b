import type { TypedQuestion } from './typed-question.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "second" for 2. */
export function ordinalWord(place: number): string {
  return ORDINALS[place - 1] ?? `${place}th`;
}

/**
 * The items at the `place`-th distinct value of a ranking ("the second oldest" is 2), all of them
 * when tied, and how many items rank ahead of them; undefined when the ranking has fewer values.
 */
export function atPlace<T>(
  items: readonly T[],
  value: (item: T) => number,
  direction: TypedQuestion['direction'],
  place: number,
): { at: T[]; ahead: number; value: number } | undefined {
  const better = (a: number, b: number) => (direction === 'least' ? a < b : a > b);
  const values = [...new Set(items.map(value))].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const v = values[place - 1];
  if (v === undefined) return undefined;
  return {
    at: items.filter((t) => value(t) === v),
    ahead: items.filter((t) => better(value(t), v)).length,
    value: v,
  };
}

/** "In second place (after 3 ahead of it)": the words before what stands at a place. */
export function placeLead(place: number, ahead: number, noun: string): string {
  return `In ${ordinalWord(place)} place${ahead > 0 ? ` (after ${ahead} ${noun} ahead)` : ''}: `;
}
