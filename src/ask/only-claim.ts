import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, plural } from './answer.js';

// "WaveletGPT is the only paper by Prateek Verma here, correct?", "is MoETuner the only paper Seokjin Go
// wrote with Divya Mahajan", "robert worden's is the only single-author paper, isn't it".
const ONLY =
  /^(?:so |and )?(?:is |was )?(?<subject>.+?) (?:is |was )?(?:really |actually )?the only (?<kind>(?:[\p{L}-]+ )?(?:paper|one))(?<cond>(?: .*?)?)(?:,? (?:correct|right|true|isn't it|is it|wasn't it|yes|no)\b)?[\s?.!]*$/iu;

/**
 * A claim that a paper is the only one of some papers: those papers are asked for on their own
 * ("which papers by Prateek Verma") and the claim checked against them. Undefined when the
 * question is not of this shape or the papers cannot be read.
 */
export function onlyClaim(index: PaperIndex, text: string, ask: (question: string) => Answer): Answer | undefined {
  const m = ONLY.exec(text.trim());
  if (!m?.groups) return undefined;
  const { subject = '', kind = '', cond = '' } = m.groups;
  const mine = subjectPapers(index, subject);
  if (!mine) return undefined;
  const which = `which ${kind.replace(/\b(?:paper|one)$/i, 'papers')}${cond}?`;
  const fit = ask(which);
  if (fit.declined || fit.query?.want !== 'papers') return undefined;
  const ours = fit.papers.filter((p) => mine.label.papers.includes(p));
  const others = fit.papers.length - ours.length;
  const lead =
    ours.length === 0
      ? `No: ${mine.label.name} is not among them.`
      : others > 0
        ? `No: ${plural(fit.papers.length, 'paper')} fit, not only ${mine.label.name}.`
        : /cannot tell/i.test(fit.answer)
          ? `Cannot tell: going by the names shown, ${mine.label.name} is the only one, but some papers hide authors.`
          : `Yes: ${mine.label.name} is the only one.`;
  return {
    answer: `${lead} ${fit.answer}`,
    understood: `whether ${mine.label.name} is the only one of ${fit.understood}`,
    papers: fit.papers,
    ...(fit.query ? { query: fit.query } : {}),
  };
}

/** The paper named, or a person's papers ("robert worden's"), with how to say them. */
function subjectPapers(index: PaperIndex, subject: string): { label: { name: string; papers: Paper[] } } | undefined {
  const owner = /^(.+?)['’]s?$/.exec(subject)?.[1];
  if (owner) {
    const found = index.authors.find(owner);
    if (found.kind !== 'found') return undefined;
    return { label: { name: `${found.author.name}'s paper`, papers: found.author.papers } };
  }
  const found = index.findPaper(subject.replace(/^the\s+/i, '').replace(/\s+paper$/i, ''), { strict: true });
  if (found.kind !== 'found') return undefined;
  return { label: { name: `"${found.paper.title}"`, papers: [found.paper] } };
}
