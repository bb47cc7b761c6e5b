/** The first line of each digest part among `texts` ("Digest #3: the latest 50 papers (2/5)"), in order. */
export function digestParts(texts: readonly string[]): string[] {
  return texts.map((t) => t.split('\n')[0] ?? '').filter((line) => /^Digest #\d+:/.test(line));
}

/** Every part "(1/n)" … "(n/n)" of the one digest whose part titles are `titles`, from the n they give. */
export function expectedParts(titles: readonly string[]): string[] {
  const first = titles[0] ?? '';
  const n = Number(/\(\d+\/(\d+)\)$/.exec(first)?.[1] ?? 1);
  const head = first.replace(/ \(\d+\/\d+\)$/, '');
  return n === 1 ? [head] : Array.from({ length: n }, (_, i) => `${head} (${i + 1}/${n})`);
}

/** How many parts were received more than once. */
export function repeatedParts(titles: readonly string[]): number {
  return titles.length - new Set(titles).size;
}
