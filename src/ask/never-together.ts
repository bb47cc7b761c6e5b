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
