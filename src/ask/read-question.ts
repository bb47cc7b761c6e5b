/** Polite openings, fillers and punctuation that do not change a question. */
export function cleanQuestion(question: string): string {
  let t = question
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  t = t.replace(/^(?:hey|hi|hello|ok|okay|so|also|well)\b[,!]?\s*/i, '');
  t = t.replace(/^(?:please|pls|kindly)[,!]?\s+/i, '');
  t = t.replace(/[\p{L}]+/gu, fixFrameTypo);
  t = t.replace(/^(?:search|look)(?: for)?\s+/i, '');
  t = t.replace(/^(?:can|could|would|will) you (?:please )?(?:tell me|show me|give me|list|find)?\s*/i, '');
  t = t.replace(
    /^(?:do you know|i (?:want|would like|'d like) to know|i wonder|tell me)\s+(?=who|what|which|when|how|whether|if)/i,
    '',
  );
  t = t.replace(/^(?:whether|if)\s+/i, '');
  t = t.replace(/[\s?!.,;:]+$/g, '').replace(/\s+(?:please|pls)$/i, '');
  return t.trim();
}

// Typos of the words that frame questions, seen in questions people typed ("hw many", "primarly"):
// read as the word, so the question keeps its shape. Typos of topic words are the search's to read.
const FRAME_TYPOS: Record<string, string> = {
  hw: 'how',
  wich: 'which',
  whcih: 'which',
  papres: 'papers',
  paers: 'papers',
  primarly: 'primarily',
  primarely: 'primarily',
  athors: 'authors',
  autors: 'authors',
};

function fixFrameTypo(word: string): string {
  return FRAME_TYPOS[word.toLowerCase()] ?? word;
}

/** Why a question cannot be answered from a listing at all, or null. */
export function outOfReach(text: string): { understood: string; message: string } | null {
  if (/\b(?:best|worth reading|most important|should i read|recommend|better|favou?rite|interesting)\b/i.test(text))
    return {
      understood: 'a question of opinion',
      message:
        'That is a matter of opinion: the listing holds titles, authors, abstracts and dates, not judgements. I can list or count papers by topic, author or date.',
    };
  if (/\b(?:older|newer|earlier|later|longer|shorter) than (?:its|their)\b|\bshare the same\b/i.test(text))
    return {
      understood: 'a comparison of two fields of each paper',
      message:
        'I cannot compare two fields of each paper with each other yet; ask for one of them, for example "which papers have a journal ref".',
    };
  if (
    /\b(?:github stars|how many (?:github )?stars|number of stars|star count|how many downloads|citations?|cited|cites?|citing|h-index|impact factor|affiliat\w*|university|institution|email|e-mail|homepage of|neurons?|search query|results did the search|query produced)\b/i.test(
      text,
    )
  )
    return {
      understood: 'a question about something the listing does not hold',
      message:
        "The listing does not say that: it holds each paper's title, authors, abstract, dates, categories and comments, not citations, affiliations or anything beyond them.",
    };
  return null;
}

/** A follow-up that leans on an earlier question ("what about 2023?", "and Divyat?"): declined with a hint. */
export function isFollowUp(text: string): boolean {
  // "and who wrote Pimba?" stands alone; "and Divyat?" does not.
  const rest = text.replace(/^(?:(?:and|ok|okay|so)\b,?\s*)+/i, '');
  return (
    (rest !== text && rest.split(/\s+/).length <= 2) ||
    // "and how many of those are cs.CL?", "ok and when was that one revised?", "and the year before?"
    (rest !== text &&
      /\b(?:those|that one|this one|them|the (?:year|month|week|day) (?:before|after)|the same)\b/i.test(rest)) ||
    /^(?:what about|how about|same (?:for|but)|the one before)\b/i.test(rest) ||
    /^(?:who|what|when) (?:wrote|is|was) (?:it|that|them|the (?:first|second|third|last) one)$/i.test(rest) ||
    /\b(?:the (?:second|third|fourth|next|previous) one|the one before that|of them)\b/i.test(rest)
  );
}

const PART_START =
  /(?:,\s*(?:and\s+)?|\s+and\s+|\s+-\s+|:\s+)(?=(?:who|whom|what|when|where|which|how|is it|was it|has it|does it|did it|its (?=categor|authors?|doi|pages|first|last|title|id\b|abstract|comments?|journal|venue|code|primary)|it's|it is|arxiv id|id|authors|the authors|first author|last author|categor|doi|pages)\b)/gi;

/** Splits "who wrote X and when was it first submitted" into its questions; one part when it is one. */
export function splitCompound(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(PART_START)) {
    const piece = text.slice(from, m.index).trim();
    if (piece) parts.push(piece);
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from).trim());
  // "in these, which ones…": a piece of listing words only is no question.
  const kept = parts.filter(
    (p) => p.length > 0 && !/^(?:(?:in|of|from|among) )?(?:these|this list(?:ing)?|here|them)$/i.test(p),
  );
  if (kept.length === 1) return kept;
  // "papers by Divya Mahajan and Jongse Park": a split that leaves a part asking nothing is no split.
  const first = kept[0] ?? '';
  const firstAsks =
    asksSomething(first) || /^i(?:'m| am)? /i.test(first) || /\b(?:who|what|when|where|how|which)\b/i.test(first);
  return kept.length > 1 && firstAsks && kept.slice(1).every(asksSomething) ? kept : [text];
}

function asksSomething(part: string): boolean {
  return /^(?:who|whom|what|when|where|which|how|is|was|has|does|did|its|it|arxiv|id|authors|the authors|first|last|categor|doi|pages)\b/i.test(
    part,
  );
}
