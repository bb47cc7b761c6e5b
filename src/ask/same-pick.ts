import type { Paper } from '../listing/paper.js';
import { type Answer, decline, plural } from './answer.js';

// "is the newest cs.DC paper also the newest paper in the whole list", "sort by id: is the lowest id
// also the oldest submission", "is the oldest paper the same as the one with the most authors".
const SAME_PICK =
  /^(?:[^:?]{1,60}:\s*)?(?:so |and )?(?:is|was) (?<a>the .+?) (?:also|(?:also )?the same (?:paper )?as) (?<b>the .+?)(?: too| as well)?\s*[?.!]*$/i;

/**
 * Whether two superlatives pick the same paper: each side is asked on its own ("which is the
 * newest cs.DC paper?") and the picks compared, ties included. Undefined when the question is
 * not of this shape; a decline when a side is not a superlative over papers.
 */
export function samePick(text: string, ask: (question: string) => Answer): Answer | undefined {
  const m = SAME_PICK.exec(text.trim());
  if (!m?.groups) return undefined;
  const [sideA, sideB] = [m.groups.a, m.groups.b].map((s) => (s as string).replace(/^the one\b/i, 'the paper'));
  const [a, b] = [sideA, sideB].map((side) => ask(`which is ${side as string}?`)) as [Answer, Answer];
  const picks = (x: Answer) =>
    !x.declined && x.query?.want === 'superlative' && !x.query.groupBy && x.papers.length > 0 ? x.papers : undefined;
  const [pa, pb] = [picks(a), picks(b)];
  if (!pa || !pb)
    return decline(
      text,
      `I can compare two picks of papers ("is the newest cs.DC paper also the newest paper overall?"), but I could not read "${(pa ? sideB : sideA) as string}" as one.`,
    );
  const inB = new Set<Paper>(pb);
  const shared = pa.filter((p) => inB.has(p));
  const both = `(${plural(shared.length, 'paper')} in both)`;
  const lead = shared.length === pa.length ? `Yes ${both}` : shared.length === 0 ? 'No' : `Partly ${both}`;
  const said = (side: string, x: Answer) => `${side[0]?.toUpperCase()}${side.slice(1)}: ${x.answer}`;
  return {
    answer: `${lead}. ${said(sideA as string, a)} ${said(sideB as string, b)}`,
    understood: `whether ${a.understood} is also ${b.understood}`,
    papers: [...new Set([...pa, ...pb])],
    ...(a.query ? { query: a.query } : {}),
  };
}
