// Two named papers and a measure: "who is the last author of the newer one, HetRL or PROSERVE",
// "A vs B: how many more authors does A have?".
import { formatDate } from '../listing/dates.js';
import { type Paper, totalAuthors } from '../listing/paper.js';
import { pagesOf } from '../listing/paper-fields.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, plural } from './answer.js';
import { paperNamed } from './relative-to-paper.js';
import { named } from './two-papers.js';

interface Measure {
  of: (p: Paper) => number | undefined;
  /** The larger value is chosen (newer, longer, more authors). */
  most: boolean;
  /** "first submitted 3 Sep 2024", "16 pages". */
  say: (p: Paper) => string;
}

const FIRST: Omit<Measure, 'most'> = {
  of: (p) => Date.parse(p.submitted),
  say: (p) => `first submitted ${formatDate(p.submitted)}`,
};
const UPDATED: Omit<Measure, 'most'> = {
  of: (p) => Date.parse(p.updated),
  say: (p) => `latest version ${formatDate(p.updated)}`,
};
const PAGES: Omit<Measure, 'most'> = {
  of: (p) => pagesOf(p)?.count,
  say: (p) => (pagesOf(p) ? plural(pagesOf(p)?.count ?? 0, 'page') : 'no page count given'),
};
const AUTHORS: Omit<Measure, 'most'> = { of: totalAuthors, say: (p) => plural(totalAuthors(p), 'author') };

const ONE =
  /\b(?:whichever (?:one )?(?:came out|was (?:first )?submitted|appeared|was posted) (first|earlier|last|later)|the (one with (?:the )?(?:longer|shorter|bigger|smaller) author list|more recently (?:updated|revised)|less recently (?:updated|revised)|newer|more recent|later|older|earlier|longer|shorter|one with (?:the )?(?:most|more|fewest|fewer|less) (?:authors|pages)))(?: one| paper| of the two)?\b/i;

function measureOf(words: string): Measure | undefined {
  const w = words.toLowerCase();
  if (/recently (?:updated|revised)/.test(w)) return { ...UPDATED, most: w.startsWith('more') };
  if (/^(?:newer|more recent|later)$/.test(w)) return { ...FIRST, most: true };
  if (/^(?:older|earlier)$/.test(w)) return { ...FIRST, most: false };
  if (/author list$/.test(w)) return { ...AUTHORS, most: /longer|bigger/.test(w) };
  if (/^(?:longer|shorter)$/.test(w)) return { ...PAGES, most: w === 'longer' };
  const m = /(most|more|fewest|fewer|less) (authors|pages)/.exec(w);
  if (!m) return undefined;
  return { ...(m[2] === 'pages' ? PAGES : AUTHORS), most: m[1] === 'most' || m[1] === 'more' };
}

// The two papers: said before the question ("A or B: …"), after it ("…, A or B?") or around it ("of A and B, …").
const SHAPES = [
  /^(?<a>.+?) (?:or|vs\.?|versus|and) (?<b>.+?)\s*(?::|\s[-–—])\s*(?<q>.+)$/i,
  /^(?<q>.+?),\s*(?<a>[^,]+?) or (?<b>[^,]+?)\s*\??$/i,
  /^(?:of|between) (?<a>.+?) and (?<b>.+?),\s*(?<q>.+)$/i,
];

function pairOf(index: PaperIndex, text: string): { a: Paper; b: Paper; q: string } | undefined {
  const found = named(index, SHAPES, text);
  return found && { a: found.pair[0], b: found.pair[1], q: found.groups['q'] as string };
}

const ref = (p: Paper) => p.arxivId ?? `"${p.title}"`;

/**
 * "the newer one" of two named papers, written as that paper, with a sentence saying why it was
 * chosen; undefined when the question picks no paper of two this way.
 */
export function oneOfTwo(index: PaperIndex, text: string): { question: string; lead: string } | Answer | undefined {
  const which = ONE.exec(text);
  const picked = which?.[1] ? (/first|earlier/i.test(which[1]) ? 'older' : 'newer') : which?.[2];
  const measure = which && picked && measureOf(picked);
  const found = measure && pairOf(index, text);
  if (!measure || !found || !ONE.test(found.q)) return undefined;
  const { a, b } = found;
  const [va, vb] = [measure.of(a), measure.of(b)];
  const said = `"${a.title}" (${measure.say(a)}) and "${b.title}" (${measure.say(b)})`;
  const understood = `${which[0]} of "${a.title}" and "${b.title}"`;
  if (va === undefined || vb === undefined)
    return { answer: `I cannot tell which: ${said}.`, understood, papers: [a, b], declined: true };
  if (va === vb) return { answer: `Neither: ${said}.`, understood, papers: [a, b] };
  const chosen = va > vb === measure.most ? a : b;
  return {
    question: found.q.replace(ONE, ref(chosen)),
    lead: `${which[0].charAt(0).toUpperCase()}${which[0].slice(1)} of the two is "${chosen.title}": ${said}.`,
  };
}

const MORE_OF = [
  /^how many (?<more>more|fewer|less) (?<what>authors|pages) (?:does|do|did) (?<a>.+?) have than (?<b>.+?)\s*\??$/i,
  /^(?<a>.+?) (?:vs\.?|versus|or|and) (?<b>.+?)\s*(?::|\s[-–—])\s*how many (?<more>more|fewer|less) (?<what>authors|pages) (?:does|do|did) (?<first>.+?) have\s*\??$/i,
];

/** "how many more authors does Pimba have than NeuPIMs": both values and their difference. */
export function measureDifference(index: PaperIndex, text: string): Answer | undefined {
  const found = named(index, MORE_OF, text);
  if (!found) return undefined;
  const g = found.groups;
  let [a, b] = found.pair;
  // "A vs B: how many more … does B have": B first.
  if (g['first'] && paperNamed(index, g['first'], false) === b) [a, b] = [b, a];
  const pages = g['what']?.toLowerCase() === 'pages';
  const measure = pages ? PAGES : AUTHORS;
  const [va, vb] = [measure.of(a), measure.of(b)];
  const understood = `the difference in ${pages ? 'pages' : 'authors'} between "${a.title}" and "${b.title}"`;
  const said = `"${a.title}" has ${measure.say(a)} and "${b.title}" ${measure.say(b)}`;
  if (va === undefined || vb === undefined)
    return { answer: `I cannot tell: ${said}.`, understood, papers: [a, b], declined: true };
  const diff = va - vb;
  const verdict =
    diff === 0
      ? 'the same number'
      : `${plural(Math.abs(diff), pages ? 'page' : 'author')} ${diff > 0 ? 'more' : 'fewer'}`;
  return { answer: `${verdict.charAt(0).toUpperCase()}${verdict.slice(1)}: ${said}.`, understood, papers: [a, b] };
}
