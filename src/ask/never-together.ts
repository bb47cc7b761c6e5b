import type { Answer } from './answer.js';

// "so albert cardona and marta zlatic never wrote anything together?", "did Dhruv Mahajan never write
// with Divya Mahajan", "have A and B never published together".
const NEVER_TOGETHER = [
  /^(?:so |and |did |have |has )?(?<a>.+?) and (?<b>.+?) (?:have |had )?never (?:wrote|written|write|worked|work|published|publish|co-?authored|co-?author|been on)(?: (?:anything|a paper|any papers?|a single paper))?(?: together)?(?:,? (?:right|correct|true))?\s*[?.!]*$/i,
  /^(?:so |and )?(?:did|has|have) (?<a>.+?) never (?:wrote|written|write|worked|work|published|co-?authored) (?:anything |a paper |any papers? )?with (?<b>.+?)(?:,? (?:right|correct|true))?\s*[?.!]*$/i,
];

/**
 * "Did A and B never write together?": asked the other way round ("did A and B write together?")
 * and the yes or no turned; "cannot tell" stays. Undefined for other questions.
 */
export function neverTogether(text: string, ask: (question: string) => Answer): Answer | undefined {
  const m = NEVER_TOGETHER.map((re) => re.exec(text.trim())).find((x) => x?.groups);
  if (!m?.groups) return undefined;
  const asked = ask(`did ${m.groups.a as string} and ${m.groups.b as string} write a paper together?`);
  if (asked.declined || asked.query?.want !== 'yesno') return undefined;
  const turned = asked.answer.replace(/^(Yes|No)\b/, (w) => (w === 'Yes' ? 'No' : 'Yes'));
  const understood = asked.understood.replace(/^whether there are /, 'whether there are no ');
  return { ...asked, answer: turned, understood };
}

// "neither Priebe nor Vogelstein wrote 1508.06232, correct?", "is it true that neither A nor B is on X".
const NEITHER =
  /^(?:so |is it (?:right|true|correct) that |can i say that )?neither (?<a>.+?) nor (?<b>.+?) (?:wrote|co-?wrote|authored|(?:is|was|are|were) (?:on|an author (?:of|on)|authors (?:of|on))|worked on) (?<p>.+?)(?:,? (?:right|correct|true))?\s*[?.!]*$/i;

/** "Neither A nor B wrote X": each asked on its own; yes only when both are not authors. Undefined for other questions. */
export function neitherAuthor(text: string, ask: (question: string) => Answer): Answer | undefined {
  const g = NEITHER.exec(text.trim())?.groups;
  if (!g) return undefined;
  const [a, b] = [g['a'], g['b']].map((who) => ask(`is ${who as string} an author of ${g['p'] as string}?`)) as [
    Answer,
    Answer,
  ];
  const stray = [a, b].find((x) => x.declined || x.query?.want !== 'yesno');
  if (stray) return stray.declined ? stray : undefined;
  const yes = [a, b].filter((x) => /^Yes\b/.test(x.answer));
  const lead = yes.length > 0 ? 'No' : [a, b].every((x) => /^No\b/.test(x.answer)) ? 'Yes' : 'The listing cannot tell';
  return {
    answer: `${lead}: ${[a, b].map((x) => x.answer.replace(/^(?:Yes|No)[:,]\s*/, '')).join(' ')}`,
    understood: `whether neither of two people is an author: ${a.understood}; ${b.understood}`,
    papers: [...new Set([...a.papers, ...b.papers])],
  };
}
