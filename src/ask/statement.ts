// A statement someone wants checked ("EarthSight was first posted on 14 November 2025, correct?",
// "is it right that CATransformers first came out in november 2025", "The Llama 4 Herd's first
// author is Aaron Adcock - ok to print?"), turned into the yes-or-no question it asks.

// Words before a statement that ask whether it holds.
const PREFIX =
  /^(?:(?:is it|it is|it's) (?:right|true|correct|accurate|fair)(?: to (?:say|write|print|claim))?(?: that)?|(?:can|could|may) i (?:say|write|print|claim|state|use)(?: that)?|(?:is it )?ok(?:ay)? to (?:say|write|print|claim)(?: that)?|(?:please )?(?:confirm|check|verify|chek)(?: that)?)\s+/i;
// Words after it that ask the same.
const TAG =
  /(?:\s*[,;:–—?]\s*|\s+-\s+)(?:(?:is (?:that|this)|that's|thats) (?:right|correct|true|accurate|ok)|correct|right|true|yes|ok(?:ay)?(?: to (?:print|say|write|use|run))?|can i (?:write|say|print|use|run) (?:that|this|it)|(?:is|was|are|were|does|did|has|have)n'?t (?:it|they|he|she|that|there)|per the listing|(?:am i|are we) right)\s*[?.!]*$/i;
// A question already: it starts as one.
const ASKS =
  /^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|should|would|will|any|list|show|give|name|count|find|tell)\b/i;
// A statement that asks something else too, or opens with words that set how to count.
const OTHER_WORDS =
  /\b(?:who|whom|whose|what|which|when|where|why|how|howmany)\b|^(?:ok|okay|k|and|so|cool|thanks|thx|hi|hey|but|or|then|also|going|counting|judging|apart|except|of|among|yes|answer|we)\b/i;
// "neither A nor B wrote X": read by its own reader, which a turned question would lose.
const NEGATED = /^(?:neither|none|no|nobody|no one|nothing|not|never)\b/i;
const AUTHOR_CLAIM =
  /^(?!(?:who|what|which|is|was|are|were|does|did|of|among)\b)((?:(?!\b(?:who|whom|whose|what|which|how)\b)[^,;:?])+?) (is|was) ((?:the |an? )?(?:first |last |second |sole |only )?(?:author|co-?author)s? (?:of|on) .+?)\s*\?\s*$/i;
const AUX = /\s(is|was|are|were|has|have|had)\s(?!(?:to|not)\b)/i;
// Verbs a statement may use without an auxiliary, and the form a question takes after "did" or "does".
const VERBS: Record<string, [string, string]> = {
  came: ['did', 'come'],
  went: ['did', 'go'],
  wrote: ['did', 'write'],
  'co-wrote': ['did', 'co-write'],
  cowrote: ['did', 'co-write'],
  'co-authored': ['did', 'co-author'],
  authored: ['did', 'author'],
  appeared: ['did', 'appear'],
  // "lists 19 authors": has them, as the readers of a paper's measures say it.
  lists: ['does', 'have'],
  listed: ['did', 'have'],
  shows: ['does', 'show'],
  carries: ['does', 'carry'],
  mentions: ['does', 'mention'],
  names: ['does', 'name'],
};

/** The yes-or-no question a statement to check asks; undefined when the text is no such statement. */
export function asQuestion(text: string): string | undefined {
  const t = text.trim();
  const prefix = PREFIX.exec(t);
  const tag = TAG.exec(t);
  // "Avanti Athreya is first author of the survey?": a claim of authorship needs no tag.
  const bare = !prefix && !tag ? AUTHOR_CLAIM.exec(t) : null;
  if (bare) return `${bare[2] as string} ${bare[1] as string} ${bare[3] as string}?`;
  if (!prefix && !tag) return undefined;
  const said = t
    .slice(prefix ? prefix[0].length : 0, tag ? tag.index : t.length)
    .replace(/[?.!\s]+$/, '')
    .trim();
  if (!said || NEGATED.test(said) || OTHER_WORDS.test(said) || said.includes('?')) return undefined;
  if (ASKS.test(said)) return `${said}?`;
  return invert(said);
}

/** "X was first posted on D" as "was X first posted on D?"; undefined when no verb is found. */
function invert(said: string): string | undefined {
  const aux = AUX.exec(said);
  const verb = new RegExp(`\\s(?:first |only |also )?(${Object.keys(VERBS).join('|')})\\s`, 'i').exec(said);
  if (aux && (!verb || aux.index < verb.index)) {
    const [subject, rest] = [said.slice(0, aux.index), said.slice(aux.index + aux[0].length)];
    const word = (aux[1] as string).toLowerCase();
    // "X has the largest author list": does X have it; "X has been revised": has X been.
    if (/^ha[sd]|^have/.test(word) && !/^been\b/i.test(rest))
      return `${word === 'had' ? 'did' : word === 'have' ? 'do' : 'does'} ${subject} have ${rest}?`;
    return `${word} ${subject} ${rest}?`;
  }
  if (!verb) return undefined;
  const [helper, base] = VERBS[(verb[1] as string).toLowerCase()] as [string, string];
  const adverb = /\s(first|only|also)\s/i.exec(verb[0])?.[1];
  const subject = said.slice(0, verb.index);
  const rest = said.slice(verb.index + verb[0].length);
  return `${helper} ${subject} ${adverb ? `${adverb} ` : ''}${base} ${rest}?`;
}
