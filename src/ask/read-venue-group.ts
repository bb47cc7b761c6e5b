import type { QuestionText } from './question-text.js';

const VENUE = '(?:venues?|journals?|conferences?|workshops?|publication venues?)';
// "which journal published the most papers", "the most common venue", "the conference that appears most often".
const TOP = new RegExp(
  String.raw`\b(?:(?:which|what) ${VENUE} (?:has|have|had|is|was|published|appears?|accepted|took|got|counts)\b.*?\b(?:most|fewest|least)\b|(?:most|least) (?:common|frequent|popular|often (?:named|mentioned|cited)) ${VENUE}|${VENUE} (?:that |which )?(?:appears?|is named|is mentioned|comes up) (?:the )?most(?: often)?)`,
  'i',
);
// "papers per journal", "broken down by venue", "what journals are these papers published in", "which conferences".
const SPREAD = new RegExp(
  String.raw`\b(?:per|each|every|by) ${VENUE}\b|^(?:(?:what|which) (?:are )?(?:the )?(?:different )?${VENUE.replace('s?', 's')}|(?:list|show|name)(?: me)? (?:all )?(?:the )?${VENUE.replace('s?', 's')})\b`,
  'i',
);

/** What a question about venues asks for. */
export interface VenueGroup {
  want: 'superlative' | 'distribution';
  direction?: 'most' | 'least';
  groupBy: 'venue';
}

/**
 * "Which journal published the most papers?", "papers per venue": a question about the venues papers
 * name (journal references and "accepted at" comments), as a superlative or a distribution.
 */
export function readVenueGroup(text: QuestionText): VenueGroup | undefined {
  const t = text.rest;
  const top = TOP.exec(t);
  const group: VenueGroup | undefined = top
    ? { want: 'superlative', direction: /\b(?:fewest|least)\b/i.test(top[0]) ? 'least' : 'most', groupBy: 'venue' }
    : SPREAD.test(t)
      ? { want: 'distribution', groupBy: 'venue' }
      : undefined;
  if (!group) return undefined;
  text.takeAll(
    new RegExp(
      String.raw`\b(?:the )?(?:most (?:common|frequent|popular)|least common|(?:which|what) )?${VENUE}\b(?: (?:that |which )?(?:has|have|had|is|was|published|appears?|accepted|is named|comes up)\b)?(?: (?:the )?most(?: often)?)?|\b(?:per|each|every|by)\b(?=\s*$)`,
      'gi',
    ),
  );
  text.takeAll(/\b(?:published|presented|accepted)(?: (?:in|at|by))?\b/gi);
  return group;
}
