import type { Aside } from './question-asides.js';

// "There's apparently one about X. When was that first put on arXiv?", "a colleague mentioned a
// study of X. who wrote it?": the description, then a question about "it" or "that".
const THERE_IS =
  /^(?:.*?\b)?there(?:'s| is| was) (?:apparently |supposedly |also )?(?:a paper|one|a study|a preprint|an article)(?: (?:in here|here|in this list(?:ing)?))? (about|on|where|that|which|asking|of|in which) ([^?!]+?)[.?!]\s+(\S[^]*)$/i;
const MENTIONED =
  /^(?:.*?\b)?(?:a colleague|someone|my (?:supervisor|advisor|editor|boss)) (?:mentioned|told me about|recommended|brought up) (?:a|an|one) (?:paper|study|preprint|article) (about|on|of|where|that|which) ([^?!]+?)[.?!]\s+(\S[^]*)$/i;
// "One of these is about X - which one is that?"
const ONE_OF =
  /^(?:.*?[.?!]\s+)?one of (?:these|them|the papers)(?: here)? is (about|on) ([^?!]+?)\s*[-—–,;:]\s*((?:so )?(?:which|what) (?:one|paper) is (?:it|that|this)\??)$/i;

/** The question with "it" or "that" as the paper the sentence before describes; as typed when it has neither. */
function asked(match: string, link = '', description = '', question = ''): string {
  // "… how hot the GPUs run - …": an aside between dashes is not part of what the paper is about.
  const about = description.replace(/\s+[-—–]\s+[^-—–]+?\s+[-—–]\s+/g, ' ').trim();
  const ref = `the paper ${link.toLowerCase()} ${about}`;
  if (/^(?:so )?(?:which|what) (?:one|paper) is (?:it|that|this)\??$/i.test(question.trim()))
    return `what is the title of ${ref}?`;
  const said = question.replace(/\b(?:that one|that paper|this paper|that|it)\b/i, ref);
  return said === question ? match : said;
}

// "who built the bionic hand? I read there's a paper about one in here": the authors of the paper about it.
const WHO_MADE =
  /^who (?:built|made|developed|designed|created|invented|came up with|proposed) (?:the |a |an |that |this )?([^?]{3,120})\?(?:\s+[^?]*)?$/i;

/** Asides that turn a paper described in one sentence and asked about in the next into one question. */
export const DESCRIBED_PAPER: readonly Aside[] = [
  [THERE_IS, asked],
  [MENTIONED, asked],
  [ONE_OF, asked],
  [WHO_MADE, 'who wrote the paper about the $1?'],
];
