// Saved pages made to hurt the HTML reader, shared by tests/saved-page-hostile.test.ts and the
// benchmark (bench/hostile.ts). Every entry starts on a line of its own, so a test can say from the
// text alone which line an entry is on.

const PAGE_START = '<!DOCTYPE html>\n<html><body>\n';

/** The arXiv id of the i-th made-up paper. */
export const madeUpId = (i: number) => `2601.${String(i).padStart(5, '0')}`;

/** A complete, well-formed search result. */
export function closedResult(i: number, title = `Paper ${i}`): string {
  return `<li class="arxiv-result"><p class="list-title"><a href="https://arxiv.org/abs/${madeUpId(i)}">arXiv:${madeUpId(i)}</a></p><p class="title">${title}</p><p class="authors"><a href="/a">Ada Example</a></p><p class="abstract"><span class="abstract-full">We study things.</span></p><p class="is-size-7">Submitted 1 May, 2020; originally announced May 2020.</p></li>\n`;
}

/** A search result with the end tags HTML lets a page leave out (`</li>`, `</p>`) left out. */
function unclosedResult(i: number): string {
  return closedResult(i).replaceAll('</p>', '').replace('</li>', '');
}

/** A search page of results. */
export function searchPage(results: string): string {
  return `${PAGE_START}<ol>\n${results}</ol></body></html>\n`;
}

/** A daily listing entry with no end tag but the links' (`</dt>`, `</dd>`, `</div>`, `</p>` left out). */
function unclosedDaily(i: number): string {
  return `<dt><a href="/abs/${madeUpId(i)}">arXiv:${madeUpId(i)}</a><dd><div class="list-title">Title: Paper ${i}<div class="list-authors"><a href="/a">Ada Example</a><div class="list-subjects">Subjects: Artificial Intelligence (cs.AI)<p>We study things.\n`;
}

/** The hostile shapes of issue 25, each at size n. */
export const HOSTILE_HTML: Record<string, (n: number) => string> = {
  /** n search results that never close (HTML5 allows leaving out `</li>` and `</p>`). */
  'unclosed <li> results': (n) => searchPage(Array.from({ length: n }, (_, i) => unclosedResult(i)).join('')),
  /** n daily-listing entries that never close. */
  'unclosed <dl> entries': (n) =>
    `${PAGE_START}<h3>Fri, 29 Nov 2024</h3>\n<dl>\n${Array.from({ length: n }, (_, i) => unclosedDaily(i)).join('')}`,
  /** A result, then n unclosed `<b>` in the next result's title. */
  'unclosed <b>': (n) => searchPage(`${closedResult(0)}${closedResult(1, `Bold ${'<b>'.repeat(n)}`)}`),
  /** A result, then n nested `<div>` around the next one. */
  'nested <div>': (n) =>
    searchPage(`${closedResult(0)}${'<div>'.repeat(n)}\n${closedResult(1)}${'</div>'.repeat(n)}\n`),
};

/** A result, then one whose abstract nests n `<span>`, closed. */
export function deepAbstract(n: number): string {
  const deep = `${'<span>'.repeat(n)}deep${'</span>'.repeat(n)}`;
  return searchPage(closedResult(0) + closedResult(1).replace('We study things.', `We study ${deep} things.`));
}

/** The 1-based line of the first occurrence of `marker` in `text`. */
export function lineOf(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${marker} is not in the text`);
  return text.slice(0, at).split('\n').length;
}
