import { canonicalCode } from '../listing/categories.js';

// "cs dot c r", "physics dot bio dash p h", "astro dash p h dot e p": codes read aloud, letters apart.
const SPELLED =
  /\b[a-z]+(?:[ -](?!(?:dot|dash)\b)[a-z]+)?(?: [a-z](?= |$))*(?: (?:dot|dash) [a-z]+(?: [a-z](?= |$))*)+/gi;
// "q fin", "quant ph", "c s d c": a code with its dot or dash left out.
const LOOSE = /\b(?:[a-z] ){2,5}[a-z]\b|\b(?:q|quant|astro|cond|hep|nucl|math|gr)[ ](?:[a-z]{2,4})\b/gi;

/** A spoken code as written: single letters joined, "dot" and "dash" as "." and "-"; undefined when no code. */
function written(spoken: string): string | undefined {
  const joined = spoken
    .toLowerCase()
    .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1')
    .replace(/ dot /g, '.')
    .replace(/ dash /g, '-');
  // "q bio dot n c": the archive's own dash left out too.
  return canonicalCode(joined) ?? canonicalCode(joined.replace(' ', '-'));
}

/** A code with its dot or dash left out: "q fin" is q-fin, "c s d c" cs.DC. */
function joined(loose: string): string | undefined {
  const letters = loose.toLowerCase().split(' ');
  if (letters.every((l) => l.length === 1)) {
    const word = letters.join('');
    for (let at = 1; at < word.length; at++) {
      const code = canonicalCode(`${word.slice(0, at)}.${word.slice(at)}`);
      if (code) return code;
    }
    return canonicalCode(word);
  }
  return canonicalCode(letters.join('-'));
}

/** The question with category codes said aloud written as codes; other words are left as they are. */
export function spokenCodes(text: string): string {
  return text.replace(SPELLED, fromTheLeft).replace(LOOSE, (m) => joined(m) ?? m);
}

/** The longest tail of the words that is a code said aloud, as a code: "papers cs dot c r" is "papers cs.CR". */
function fromTheLeft(spoken: string): string {
  const words = spoken.split(' ');
  for (let i = 0; i < words.length - 2; i++) {
    const code = written(words.slice(i).join(' '));
    if (code) return [...words.slice(0, i), code].join(' ');
  }
  return spoken;
}
