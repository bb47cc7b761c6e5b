/** Layout limits of the console chat and the CLI's text output. */
export const CONSOLE_LIMITS = {
  /** Column at which paragraphs wrap. */
  width: 100,
  /** Items of a list (coauthors, names) shown before "… and N more". */
  listItems: 30,
  /** Longest line read from the console; longer input is refused, not cut. */
  maxLineLength: 10_000,
} as const;
