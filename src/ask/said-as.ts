// Ways of saying a condition that the readers know in other words: "is X on all the stat.ME ones",
// "primary cats for the 2025 ones", "had cs.AI as a cross-list rather than as their primary",
// "first submitted in 2023 but with their latest version in a later year", "an ACM class other
// than I.2.0", "is anyone first author on more than one paper".

/** The question with each of these said as the readers know it. */
export function saidAs(text: string): string {
  return classOtherThan(onAllOf(categoriesOf(laterYear(asCrossList(placeCount(splitBy(text)))))));
}

/** "papers split by the year of their first version": per year. */
function splitBy(text: string): string {
  return text.replace(
    /\b(?:split|broken down|divided|grouped) (?:up )?by (?:the )?(?=year|month|day|primary category|category|venue)/gi,
    'per ',
  );
}

/** "an ACM class other than I.2.0": the class, but not that one, so the code is read as a class where "not" splits the question. */
function classOtherThan(text: string): string {
  return text.replace(
    /\b(acm|msc) class(?:ification)? (?:other than|that is not|that isn't|not|except) ([A-Z]\.\d+(?:\.[\dm]+)?|\d{2}[A-Z]\d{2})(?![\w.])/gi,
    '$1 class but not $1 class $2',
  );
}

/** "is X on all the stat.ME ones": are all the stat.ME papers by X (the reading of "every" knows that order). */
function onAllOf(text: string): string {
  return text.replace(
    /^(?:is|was) (.+?) (?:on|an author (?:of|on)|listed on|a co-?author (?:of|on)) (?:all|every one|each|every single one) (?:of )?(?:the |their |these )?(.+?) (?:papers|ones)\s*\??$/i,
    'are all the $2 papers by $1?',
  );
}

/** "primary categories for the 2025 ones": those papers counted per primary category. */
function categoriesOf(text: string): string {
  return text.replace(
    /^(?:what are |list )?(?:the )?(primary |main )?categor(?:y|ies) (?:of|for|on|in) (?:the )?(.+?)\s*\??$/i,
    (m, primary: string | undefined, rest: string) =>
      // Of papers ("the 2025 ones", "the 19th"), not of one paper ("of MMSearch").
      !/\b(?:papers|ones)\b|\d/i.test(rest)
        ? m
        : `${/^(?:papers|ones)\b/i.test(rest) ? '' : 'papers '}${rest.replace(/\bones\b/i, 'papers')} per ${primary ? 'primary ' : ''}category`,
  );
}

/** "first submitted in 2023 but with their latest version in a later year": revised after that year. */
function laterYear(text: string): string {
  return text.replace(
    /\b(first submitted|submitted|first posted) in ((?:19|20)\d{2}),? (?:but|and) (?:have|has|with|had) (?:their|its|a) (?:latest|last|most recent) version in a later year\b/gi,
    '$1 in $2 that were last revised after $2',
  );
}

/** "had cs.AI as a cross-list rather than as their primary category": cross-listed to cs.AI. */
function asCrossList(text: string): string {
  return text.replace(
    /\b(?:had|have|has|with|carry|carries|carried) ([a-z][a-z-]*\.[A-Za-z-]+) (?:only )?as (?:a |their |its )?cross-?list(?:ed category)?(?:,? (?:rather than|not|and not) as (?:their|its|the|a) primary(?: category)?)?/gi,
    'were cross-listed to $1',
  );
}

/** "is anyone first author on more than one paper", "who has two or more last-author papers": people by count at a place. */
function placeCount(text: string): string {
  const m =
    /^(?:is |are )?(?:there )?(?:who|anyone|anybody|someone|any (?:authors?|people|one)|which (?:people|authors|persons))\b(?: here)?(?: (?:is|are|was|were|has been|have been|has|have))? (?:the |a )?(first|last)[- ]authors? (?:on|of|for) (more than one|(?:at least )?(?:two|three|four|five|\d+)(?: or more)?) (?:papers?|of (?:the|them))|^(?:who|which (?:people|authors)) (?:has|have) (more than one|(?:at least )?(?:two|three|four|five|\d+)(?: or more)?) (first|last)[- ]author papers?/i.exec(
      text,
    );
  if (!m) return text;
  const [place, amount] = m[1] ? [m[1], m[2] as string] : [m[4] as string, m[3] as string];
  const n = /more than one/i.test(amount) ? '2' : (/\d+|two|three|four|five/i.exec(amount)?.[0] ?? '2');
  const more = /more than one|or more|at least/i.test(amount) ? 'at least ' : 'exactly ';
  return `authors with ${more}${n} papers as ${place.toLowerCase()} author${text.slice(m.index + m[0].length).replace(/^[^?]*\?\s*(?:who\??)?/i, '')}`;
}
