/**
 * "1 paper", "2 papers"; `many` for an irregular plural or a phrase whose verb agrees too:
 * plural(n, 'paper matches', 'papers match').
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${agreeing(n, word, many)}`;
}

/** The form that agrees with a count, without the count: agreeing(n, 'is', 'are'). */
export function agreeing(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** As {@link plural}, the count with thousands separators: "12,431 papers". */
export function counted(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${agreeing(n, word, many)}`;
}
