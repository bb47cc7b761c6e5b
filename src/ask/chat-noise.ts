// What Telegram and Discord put around a question: the bot's @mention, the command typed into
// the text, markdown, emoji, repeated marks, capitals and category codes in any case.

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // Code fences and quote marks of a quoted line.
  [/```[a-z]*/gi, ' '],
  [/^>\s*/gm, ''],
  // "/ask@arxivist_bot …", "@arxivist_bot …", "hey @arxivist, …".
  [/^\s*\/ask(?:@\w+)?\b\s*/i, ''],
  [/(^|[\s(])@[A-Za-z][\w]{2,31}\b[,:]?/g, '$1'],
  // **bold**, __bold__, *italics*, _italics_, `code`: the words inside.
  [/\*\*([^*]+)\*\*|__([^_]+)__/g, (_m, a?: string, b?: string) => a ?? b ?? ''],
  [/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2'],
  [/`([^`]+)`/g, '$1'],
  // Emoji and the marks that join or vary them: a break between words ("just got this list 🙂 how
  // many…" is said before the question), nothing at the end.
  [/\s*(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f)+\s*$/gu, ''],
  [/\s*(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f)+\s*/gu, ' - '],
  // "??", "!!!", "?!".
  [/([?!])[?!]+/g, '$1'],
  // "7+ authors": seven or more.
  [/\b(\d{1,4})\+\s*(authors?|pages?|figures?|categor(?:y|ies)|papers?)\b/gi, '$1 or more $2'],
  // "pre-2025 papers": before that year; "2025 papers": papers of that year.
  [/\bpre-((?:19|20)\d{2}) (papers|preprints|ones)\b/gi, '$2 from before $1'],
  [/\bpost-((?:19|20)\d{2}) (papers|preprints|ones)\b/gi, '$2 from after $1'],
  [/\bpre-((?:19|20)\d{2})\b/gi, 'before $1'],
  [/\bpost-((?:19|20)\d{2})\b/gi, 'after $1'],
  [/(?<!\b(?:before|after) )\b((?:19|20)\d{2}) (papers|preprints|ones)\b/gi, '$2 from $1'],
  // "pls", "plz", "thx": chat courtesy.
  [/[,;]?\s*\b(?:pls|plz|thx|ty)\b[.!]?/gi, ''],
];

/** "CS.se", "Q-BIO.NC": an archive in lower case, a two-letter subject in capitals, as arXiv writes them. */
const CODE =
  /\b(cs|math|stat|econ|eess|q-bio|q-fin|astro-ph|physics|nlin|cond-mat|hep-[a-z]{2}|nucl-[a-z]{2})\.([a-z]{2})\b/gi;

/** The question without chat-app noise; a question typed all in capitals in lower case. */
export function withoutChatNoise(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  if (/\p{Lu}{3}/u.test(out) && !/\p{Ll}/u.test(out)) out = out.toLowerCase();
  return out.replace(
    CODE,
    (_m, archive: string, subject: string) => `${archive.toLowerCase()}.${subject.toUpperCase()}`,
  );
}
