// Fields of a raw entry block of a copied listing (tests/helpers/real-copy.ts), read with plain
// regular expressions so that expectations never come from the engine's parser.

/** The tags of the id line, primary first. */
export const categories = (b: string): string[] =>
  (/^arXiv:\S+\s+\[[^\]]*\]\s+(.*)$/m.exec(b)?.[1] ?? '').split(/\s+/).filter(Boolean);

export const idOf = (b: string): string => /^arXiv:(\S+)/.exec(b)?.[1] ?? '';

/** The title: the first line after the id line that is not a DOI badge. */
export const titleOf = (b: string): string =>
  (b.split('\n').find((l, i) => i > 0 && l.trim() && !/^(?:doi|10\.)/.test(l)) ?? '').trim();

/** The names the Authors line shows, without its "et al. (N additional authors not shown)". */
export const names = (b: string): string[] =>
  (/^Authors:\s*(.*)$/m.exec(b)?.[1] ?? '').split(/\s*,\s*/).filter((n) => n && !n.startsWith('et al.'));

/** How many authors the Authors line hides behind "et al.". */
export const hidden = (b: string): number => Number(/(\d+) additional authors not shown/.exec(b)?.[1] ?? 0);

/** The year of the first version: the "v1 submitted" date when there is one, else "Submitted". */
export const firstYear = (b: string): string | undefined => {
  const m = /^Submitted \d+ \w+, (\d{4});(?: v1 submitted \d+ \w+, (\d{4});)?/m.exec(b);
  return m?.[2] ?? m?.[1];
};

/** The arXiv ids (or, without one, the internal ids) of papers an answer cites. */
export const ids = (list: readonly { arxivId?: string | undefined; id: string }[]): Set<string> =>
  new Set(list.map((p) => p.arxivId ?? p.id));

const day = (text: string): number => Date.parse(`${text.replace(',', '')} UTC`);

/** The first and latest versions' days (ms since 1970): "v1 submitted" when there is one, else both "Submitted". */
export const versionDays = (b: string): { first: number; latest: number } => {
  const m = /^Submitted (\d+ \w+, \d{4});(?: v1 submitted (\d+ \w+, \d{4});)?/m.exec(b);
  const latest = day(m?.[1] ?? '');
  return { first: m?.[2] ? day(m[2]) : latest, latest };
};

/** Whether the block carries a DOI badge (a "doi" line under the id line). */
export const hasDoi = (b: string): boolean => /^doi$/m.test(b);

/** The Comments line, if any. */
export const comments = (b: string): string => /^Comments:\s*(.*)$/m.exec(b)?.[1] ?? '';
