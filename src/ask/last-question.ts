const ASKS = /\b(?:who|what|when|where|which|how|is|are|was|were|do|does|did|can|could|any|anything)\b/i;

/**
 * "I'm a first-year PhD student on X. Who should I talk to about Y?": the question is the last
 * sentence. "Joshua Vogelstein. Which of his papers…?": a sentence that only names what the
 * question is about stays with it.
 */
export function lastQuestion(text: string): string {
  const sentences = text.split(/(?<=\p{Ll}{3}[.!])\s+(?=\p{Lu})/u);
  const last = sentences.at(-1) ?? text;
  const told = sentences.slice(0, -1);
  if (told.length === 0 || !/\?$/.test(last) || !ASKS.test(last) || told.some((s) => s.includes('?'))) return text;
  const subject = told.length === 1 ? (told[0] as string).replace(/[.!]+$/, '') : '';
  if (!NAMES_ONLY.test(subject) || subject.split(/\s+/).length > 6) return last;
  if (/\bpapers?$/i.test(subject) || !/\b(?:his|her|their)\b/i.test(last))
    return `${last.slice(0, -1)}, among ${subject}?`;
  return last.replace(/\b(?:his|her|their)\b/i, `${subject}'s`);
}

// A sentence that only names something: no one speaking, no verb.
const NAMES_ONLY =
  /^(?![^]*\b(?:i|i'm|im|we|we're|my|our|am|is|are|was|were|be|have|has|had|need|needs|want|wants|looking|working|new|hi|hello|hey|thanks|thank|please)\b)[\p{L}'. -]{2,80}$/iu;
