// Conditions said relative to one paper of the listing: "submitted on the same day as NVLM",
// "more authors than the Llama 3 Herd", "papers of the first author of Ad-Rec", "whichever of
// CORE-Bench and Hackphyr has fewer authors". The paper is resolved (strictly where a wrong guess
// would change the answer) and the words rewritten with its value, so the readers see a plain date,
// bound, name or title; a reference that names no single paper is left as it was.
import { formatDate } from '../listing/dates.js';
import { type Paper, isRevised, totalAuthors } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { measureOf } from '../search/paper-measures.js';

// What follows "as"/"than"/"of": up to a comma, a question mark, the end, or a joining word or verb.
const REF = String.raw`(?:the paper |the one )?(?:(?:called|titled|named) )?["“]?(.+?)["”]?(?=\s*(?:[,;:?!]|$|\b(?:and|but|or|which|that|who|write|wrote|written|publish|published|have|has|had|by|per|broken)\b))`;
const re = (source: string) => new RegExp(source, 'i');

const SAME = re(String.raw`\b(?:(?:on|in|during) )?the (?:very )?same (day|month|year) as ${REF}`);
const SAME_CATEGORY = re(String.raw`\b(?:in |from )?the same (?:primary )?category as ${REF}`);
// "papers by the first author of X", "did the last author of X write"; "who is the first author of X" is left to be answered.
const AUTHOR_OF = re(
  String.raw`(?<=\b(?:did|does|do|by|has|have|with|of|includes?|including) )the (first|last) author of ${REF}`,
);
const AUTHOR_OF_OWN = re(String.raw`(?<=\b(?:of|by) )(.+?)'s (first|last) author\b`);
const AS_MANY = re(
  String.raw`\b(?:exactly )?(?:as many|the same number of) (authors|pages|figures|tables)(?: as)? ${REF}`,
);
const MORE = re(String.raw`\b(more|fewer|less) (authors|pages|figures|tables) than ${REF}`);
// "came out after MoETuner", "newer than LeaseGuard", "longer than the meso-scale paper": X's date or length as the bound.
const AFTER = re(String.raw`\b(after|before|later than|earlier than|newer than|more recent than|older than) ${REF}`);
const LONGER = re(String.raw`\b(longer|shorter) than ${REF}`);
const ITSELF = re(
  String.raw`\b(?:apart from|other than|except(?: for)?|besides|not counting) ${REF.replace('(.+?)', '(.+?) itself')},?\s*`,
);
const NOT_COUNTING = re(String.raw`^(?:not counting|leaving out|apart from) ${REF},\s*`);
const COUNTING_ITSELF = re(
  String.raw`\b(?:counting|including) ${REF.replace('(.+?)', '(.+?) itself')},?\s*|,\s*(\S+(?: \S+){0,3}) (?:itself )?included\b\.?`,
);
// "whichever of CORE-Bench and Hackphyr has fewer authors", "whichever of A and B came out first".
const WHICHEVER = re(
  String.raw`\bwhichever of (.+?) and (.+?) (?:has|had) (more|fewer|less) (authors|pages)\b|\bwhichever of (.+?) and (.+?) (?:was|is|came out|was submitted) (first|earlier|older|last|later|newer|revised)\b`,
);
// "Of HetRL and PROSERVE, on what date was the later one first submitted?": the date of the one picked.
const EARLIER_ONE =
  /^(?:of )?(.+?) (?:and|or) (.+?)[,:]\s*(?:on )?what date was the (earlier|later|older|newer)(?: one| of the two)? first submitted\b/i;

type Unit = 'authors' | 'pages' | 'figures' | 'tables';
const valueOf = (p: Paper, unit: Unit) => (unit === 'authors' ? totalAuthors(p) : measureOf(p, unit));

/** The one paper a reference names (strictly: by id, title, short name or words of one title), if any. */
export function paperNamed(index: PaperIndex, ref: string, strict = true): Paper | undefined {
  const text = ref.replace(/^(?:the )?(?:paper )?/i, '').replace(/ (?:paper|one)$/i, '');
  const found = index.findPaper(text, { strict });
  if (found.kind === 'found') return found.paper;
  // "the Solitons paper": of several, the one whose title starts with the words.
  const leading =
    found.kind === 'candidates' ? found.papers.filter((p) => p.title.toLowerCase().startsWith(text.toLowerCase())) : [];
  return leading.length === 1 ? leading[0] : undefined;
}

/** What the rewriting has made so far: the text, and the paper a question leaves out. */
interface Rewriting {
  text: string;
  without?: Paper;
  /** The question counts the named paper itself ("counting MAgICoRe itself"). */
  keep?: boolean;
}

/** Replaces a match with words made from the paper it names; nothing when it names none. */
function replace(
  r: Rewriting,
  index: PaperIndex,
  pattern: RegExp,
  make: (m: RegExpExecArray, p: Paper) => string | undefined,
  refGroup = 1,
): Paper | undefined {
  const m = pattern.exec(r.text);
  const ref = m?.[refGroup];
  // A title in quotes is a title even when it is cut short ("Forecasting GPU Performance").
  const p = ref === undefined ? undefined : paperNamed(index, ref, !/["“”]/.test(m?.[0] ?? ''));
  const words = m && p ? make(m, p) : undefined;
  if (!m || !p || words === undefined) return undefined;
  r.text = r.text.slice(0, m.index) + words + r.text.slice(m.index + m[0].length);
  return p;
}

/** {@link replace} for every match that names a paper, as "after MoETuner but before Pimba" has two. */
function replaceEach(
  r: Rewriting,
  index: PaperIndex,
  pattern: RegExp,
  make: (m: RegExpExecArray, p: Paper) => string,
  refGroup = 1,
): void {
  const all = [...r.text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
  for (const m of all.reverse()) {
    const p = paperNamed(index, m[refGroup] as string, !/["“”]/.test(m[0]));
    if (!p || m.index === undefined) continue;
    r.text = r.text.slice(0, m.index) + make(m, p) + r.text.slice(m.index + m[0].length);
  }
}

function whichever(r: Rewriting, index: PaperIndex): void {
  const e = EARLIER_ONE.exec(r.text);
  if (e) r.text = `when was whichever of ${e[1]} and ${e[2]} was ${e[3]} first submitted`;
  const m = WHICHEVER.exec(r.text);
  if (!m) return;
  const [a, b] = [m[1] ?? m[5], m[2] ?? m[6]].map((ref) => paperNamed(index, ref as string, false));
  if (!a || !b || a === b) return;
  let pick: Paper | undefined;
  if (m[3]) {
    const [va, vb] = [valueOf(a, m[4]?.toLowerCase() as Unit), valueOf(b, m[4]?.toLowerCase() as Unit)];
    if (va === undefined || vb === undefined || va === vb) return;
    pick = /more/i.test(m[3]) === va > vb ? a : b;
  } else if (/revised/i.test(m[7] ?? '')) {
    // The one of the two that was revised; neither or both leaves the question as it was.
    if (isRevised(a) === isRevised(b)) return;
    pick = isRevised(a) ? a : b;
  } else {
    if (a.submitted === b.submitted) return;
    pick = /first|earlier|older/i.test(m[7] ?? '') === a.submitted < b.submitted ? a : b;
  }
  r.text = `${r.text.slice(0, m.index)}"${pick.title}"${r.text.slice(m.index + m[0].length)}`;
}

// Names a paper may go by in the sentence before "it": an arXiv id, or a word with a capital or digit inside ("LeaseGuard").
const PAPER_WORD = /\b\d{4}\.\d{4,5}\b|\b\p{Lu}[\p{L}\p{N}-]*[\p{Lu}\p{N}][\p{L}\p{N}-]*/gu;

// "Scalable Interpretability via Polynomials: on what date was its most recent version submitted?"
const LABEL = /^([^:?]{3,160}?):\s+(\S.*\b(?:its|it)\b.*)$/i;

/** A paper named as the question's label, put in place of the "it" or "its" after it. */
function labelled(index: PaperIndex, text: string): string | undefined {
  const m = LABEL.exec(text.trim());
  const paper = m && paperNamed(index, m[1] as string);
  if (!m || !paper) return undefined;
  const ref = paper.arxivId ?? m[1] ?? '';
  // The label stays: the parts of "X: who is the first author, and what … it …" are both of X.
  const rest = (m[2] as string)
    .replace(/\bits (?:most recent|latest|last|newest) version\b/gi, `the latest version of ${ref}`)
    .replace(/\bits\b/gi, `${ref}'s`)
    .replace(/\bit\b/gi, ref);
  return `${m[1] as string}: ${rest}`;
}

/**
 * "WaveletGPT is on my list. What other paper was submitted on the same day as it?": "it" and "its"
 * as the one paper named before them, written as its title where a reading above takes it.
 */
export function pronouns(index: PaperIndex, text: string): string {
  const label = labelled(index, text);
  if (label) return label;
  const at = text.search(
    /\b(?:as it|its (?:day|month|year|primary category|category)|the (?:very )?same (?:day|month|year)(?! as))\b|\bshare (?:its|\S+'s) (?:primary category|(?:day|month|year) of (?:first )?submission)/i,
  );
  if (at < 0) return text;
  // "share ConnectomeBench's year of first submission" names the paper itself; otherwise the one named before.
  const owner = /\bshare (\S+)'s (?:primary category|(?:day|month|year) of (?:first )?submission)/i.exec(text)?.[1];
  const named = [...text.slice(0, at).matchAll(PAPER_WORD)]
    .map((m) => paperNamed(index, m[0]))
    .find((p) => p !== undefined);
  // Its id, or the short name its title starts with ("LeaseGuard"), which the readings resolve again.
  const ref = owner ?? (named ? (named.arxivId ?? named.title.split(':')[0]) : undefined);
  if (!ref) return text;
  return text
    .replace(/\bas it\b/gi, `as ${ref}`)
    .replace(/\bthe (?:very )?same (day|month|year)\b(?! as)/gi, `the same $1 as ${ref}`)
    .replace(/\bshare (?:its|\S+'s) (?:primary category|category)/gi, `are in the same primary category as ${ref}`)
    .replace(
      /\bshare (?:its|\S+'s) (day|month|year) of (?:first )?submission/gi,
      `were first submitted in the same $1 as ${ref}`,
    )
    .replace(/\b(?:on|in) its (day|month|year)\b/gi, `on the same $1 as ${ref}`)
    .replace(/\bits (primary category|category)\b/gi, `the primary category of ${ref}`);
}

/** The question with X's own values for conditions said relative to X, and the paper X when X itself is left out; "it" is resolved before, by {@link pronouns}. */
export function relativeToPaper(index: PaperIndex, text: string): { text: string; without?: Paper } {
  const r: Rewriting = { text };
  const left = replace(r, index, ITSELF, () => '') ?? replace(r, index, NOT_COUNTING, () => '');
  if (left) r.without = left;
  if (replace(r, index, COUNTING_ITSELF, () => '') ?? replace(r, index, COUNTING_ITSELF, () => '', 2)) r.keep = true;
  whichever(r, index);
  // "papers submitted on the same day as X", "in the same category as X": the others.
  const others: (Paper | undefined)[] = [];
  others.push(
    replace(r, index, SAME_CATEGORY, (_, p) => (p.categories[0] ? `primarily in ${p.categories[0]}` : undefined)),
  );
  const person = (p: Paper, position: string | undefined) =>
    position?.toLowerCase() === 'first' ? p.authors[0] : p.hiddenAuthorCount ? undefined : p.authors.at(-1);
  const byAuthor =
    replace(r, index, AUTHOR_OF, (m, p) => person(p, m[1]), 2) ??
    replace(r, index, AUTHOR_OF_OWN, (m, p) => person(p, m[2]), 1);
  if (byAuthor && /\b(?:other|else)\b/i.test(r.text)) others.push(byAuthor);
  replace(
    r,
    index,
    AS_MANY,
    (m, p) => {
      const v = valueOf(p, (m[1] as string).toLowerCase() as Unit);
      return v === undefined ? undefined : `exactly ${v} ${(m[1] as string).toLowerCase()}`;
    },
    2,
  );
  others.push(
    replace(
      r,
      index,
      SAME,
      (m, p) => {
        const unit = (m[1] as string).toLowerCase();
        const day = p.submitted;
        return unit === 'day'
          ? `on ${formatDate(day)}`
          : unit === 'month'
            ? `in ${formatDate(day).replace(/^\d+ /, '')}`
            : `in ${day.slice(0, 4)}`;
      },
      2,
    ),
  );
  replace(
    r,
    index,
    MORE,
    (m, p) => {
      const v = valueOf(p, (m[2] as string).toLowerCase() as Unit);
      return v === undefined
        ? undefined
        : `${(m[1] as string).toLowerCase()} than ${v} ${(m[2] as string).toLowerCase()}`;
    },
    3,
  );
  // "after MoETuner but before Pimba": each bound.
  const bound = (m: RegExpExecArray, p: Paper) =>
    `${/^(?:after|later|newer|more)/i.test(m[1] as string) ? 'after' : 'before'} ${formatDate(p.submitted)}`;
  replaceEach(r, index, AFTER, bound, 2);
  replace(
    r,
    index,
    LONGER,
    (m, p) => {
      const v = measureOf(p, 'pages');
      return v === undefined ? undefined : `${/^longer/i.test(m[1] as string) ? 'more' : 'fewer'} than ${v} pages`;
    },
    2,
  );
  const other = others.find((p) => p !== undefined);
  if (!r.without && other && !r.keep) r.without = other;
  return r.without ? { text: r.text, without: r.without } : { text: r.text };
}
