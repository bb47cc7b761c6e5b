/** Layout limits of the console chat and the CLI's text output. */
export const CONSOLE_LIMITS = {
  /** Column at which paragraphs wrap. */
  width: 100,
  /** Coauthors listed before "… and N more". */
  coauthors: 30,
  /** Papers cited under an answer before "… and N more". */
  citedPapers: 10,
  /** Longest line read from the console; longer input is refused, not cut. */
  maxLineLength: 10_000,
} as const;
