/** "what share of the cs.CL papers are cross-listed": the papers the share is of, and what it counts of them. */
export interface ShareOf {
  /** The papers the share is of, as a question of its own: "which cs.CL papers". */
  base: string;
  /** What is counted of them, as a question of its own: "how many papers are cross-listed". */
  part: string;
}

const WHAT_SHARE = '(?:what|which) (?:share|fraction|percentage|proportion|percent|part|%)';
const VERB = '(are|were|have|has|had|mention|mentions|carry|came|come|got)';
const SHARE_OF = new RegExp(`^${WHAT_SHARE}(?: of)? (?:all )?(?:the )?(.+?) ${VERB}\\b\\s*(.+)$`, 'i');
// After "whose", "that" or "which" the last verb ends the papers: "of the papers whose primary category is cs.LG are …".
const SHARE_OF_CLAUSE = new RegExp(`^${WHAT_SHARE}(?: of)? (?:all )?(?:the )?(.+) ${VERB}\\b\\s*(.+)$`, 'i');
const CLAUSE = /\b(?:whose|that|which|who|where)\b/i;
// "of the papers whose primary category is cs.CL, what share are cross-listed".
const OF_FIRST = new RegExp(
  `^(?:of|among|out of) (?:all )?(?:the )?(.+?),? ${WHAT_SHARE}(?: of them)? ${VERB}\\b\\s*(.+)$`,
  'i',
);

// "what share of papers are in cs.CL": of the whole listing, which the count's own reading says.
const WHOLE =
  /^(?:(?:all|the) )*(?:papers|ones|entries|preprints|articles)(?: (?:in|of) (?:the|this) list(?:ing)?| here)?$/i;

/** The two questions a share of some papers is made of; undefined when it is a share of the whole listing. */
export function readShareOf(raw: string): ShareOf | undefined {
  const lazy = SHARE_OF.exec(raw);
  const m = (lazy && CLAUSE.test(lazy[1] as string) ? SHARE_OF_CLAUSE.exec(raw) : lazy) ?? OF_FIRST.exec(raw);
  if (!m || WHOLE.test(m[1] as string)) return undefined;
  return { base: `which ${m[1] as string}`, part: `how many papers ${m[2] as string} ${m[3] as string}` };
}
