import type { PaperIndex } from '../search/paper-index.js';
import type { SimilarPaper } from '../search/similar.js';
import { type Answer, joinAnd, plural } from './answer.js';

// "papers similar to WaveletGPT", "anything related to 2409.12182", "what is close to Pimba".
const SIMILAR =
  /^(?:(?:show|list|find|give|get)(?: me)? )?(?:(?:other |any |more )?(?:papers?|work|anything|ones?|something) )?(?:(?:that|which) (?:is|are) )?(?:(?:similar|related|close|comparable) to|like) (.+?)\W*$/i;
const WHAT_SIMILAR = /^(?:what|which)(?: other| else)?(?: papers?)? (?:is|are) (?:similar|related|close) to (.+?)\W*$/i;

/** What a neighbour shares with the paper: its distinctive words, authors, category. */
function shares(s: SimilarPaper): string {
  const parts = [`shares ${s.sharedWords.slice(0, 4).join(', ')}`];
  if (s.sharedAuthors.length > 0) parts.push(`${plural(s.sharedAuthors.length, 'author')}`);
  if (s.sameCategory) parts.push(`the category ${s.paper.categories[0]}`);
  return joinAnd(parts);
}

/**
 * The papers most like a named paper, as /similar finds them; for words that name no one paper
 * ("papers similar to diffusion"), the question to read instead: papers about them.
 */
export function similarQuestion(index: PaperIndex, text: string): Answer | string | undefined {
  const m = SIMILAR.exec(text) ?? WHAT_SIMILAR.exec(text);
  if (!m) return undefined;
  const found = index.findPaper(m[1] as string, { strict: true });
  if (found.kind === 'candidates') return undefined;
  if (found.kind === 'none') return `papers about ${m[1] as string}`;
  const understood = `the papers most like "${found.paper.title}"`;
  const similar = index.similar(found.paper, 5);
  if (similar.length === 0)
    return {
      answer: `No paper in the listing is close to "${found.paper.title}": none shares enough of its distinctive words.`,
      understood,
      papers: [found.paper],
    };
  const list = similar.map((s) => `"${s.paper.title}" (${s.paper.arxivId ?? s.paper.id}; ${shares(s)})`);
  return {
    answer: `Papers most like "${found.paper.title}": ${list.join('; ')}.`,
    understood,
    papers: similar.map((s) => s.paper),
  };
}
