// Writes raw fixture entries as a search-results page copied from the browser in its default
// view (id line, tags, "Authors: a, b", a teaser ending in "… ▽ More", one dates line), with
// its own simple rules: independent of the listing parser, whose output the tests compare to it.
import type { RawEntry } from './fixture.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const day = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}, ${iso.slice(0, 4)}`;
const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The arXiv id the long listing gives entry i (0-based). */
export const longListingId = (i: number) => `2601.${String(10001 + i).padStart(5, '0')}`;

/** The first words of an abstract, as the default view shows them before "… ▽ More". */
export function teaser(paragraphs: readonly string[]): string {
  const text = paragraphs.join(' ');
  if (text.length <= 240) return text;
  return text.slice(0, text.lastIndexOf(' ', 240));
}

/** A page of these entries, each listed `copies` times under different ids. */
export function defaultViewPage(entries: readonly RawEntry[], copies: number): string {
  const total = entries.length * copies;
  const lines = [`Showing 1–${total} of ${total} results for all: Mahajan`, ''];
  for (let i = 0; i < total; i++) {
    const e = entries[i % entries.length] as RawEntry;
    const title = i < entries.length ? e.title : `${e.title} (part ${Math.floor(i / entries.length) + 1})`;
    lines.push(
      `arXiv:${longListingId(i)}  [pdf, other] `,
      i % 3 === 0 ? 'cs.LG cs.AI' : 'cs.DC',
      title,
      `Authors: ${e.authors.join(', ')}${e.hidden ? `, et al. (${e.hidden} additional authors not shown)` : ''}`,
      `Abstract: ${teaser(e.paragraphs)}… ▽ More`,
      `Submitted ${day(e.updated)}; ${e.submitted !== e.updated ? `v1 submitted ${day(e.submitted)}; ` : ''}originally announced ${month(e.announced)}.`,
      ...(i % 4 === 0 ? [`Comments: ${10 + (i % 7)} pages`] : []),
      '',
    );
  }
  return lines.join('\n');
}
