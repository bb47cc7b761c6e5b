// How people ask for statistics ("the mean and the median number of authors", "average team
// size", "title length in words"), rewritten to the phrasing the average reader knows.

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // "average team size", "bigger teams": authors.
  [
    /\b(?:average |mean |median )?team sizes?\b/gi,
    (m) => `${/^(average|mean|median) /i.exec(m)?.[0] ?? ''}number of authors`,
  ],
  [/\b(bigger|larger) teams\b/gi, 'more authors'],
  [/\bsmaller teams\b/gi, 'fewer authors'],
  // "which one had the most people on it": the most authors.
  [/\b(most|fewest|least) (?:people|names|folks) (?:on|behind) (?:it|them|the paper)\b/gi, '$1 authors'],
  // "the avergae title length in words": the average number of words in a title.
  [/\b(average|mean|median) title length in words\b/gi, '$1 number of title words'],
  // "For the 2024 papers, what are the mean and the median number of authors": two questions.
  [
    /^(?:(for|of|among) (the [^,]{2,60}),\s*)?(?:what(?:'s| is| are) )?(?:the )?(mean|average) and (?:the )?median (.+?)[?.!]*$/i,
    (_m, prep: string | undefined, scope: string | undefined, mean: string, what: string) => {
      const tail = scope ? ` of ${scope}` : '';
      return `what is the ${mean} ${what}${tail}, and what is the median ${what}${tail}`;
    },
  ],
];

/** The question with its statistics words said as the average reader reads them. */
export function statWords(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to as string);
  return out;
}
