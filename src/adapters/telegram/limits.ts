/** Telegram Bot API limits the adapter keeps to (see core.telegram.org/bots/api). */
export const TELEGRAM_LIMITS = {
  /** Message text after entity parsing. We measure the HTML, which is never shorter. */
  messageLength: 4096,
  /** A document's caption. */
  caption: 1024,
  callbackDataBytes: 64,
  inlineResults: 50,
  inlineOffsetBytes: 64,
  commandDescription: 256,
  callbackAnswerText: 200,
  /** Commands a user may send per window before getting a slow-down notice. */
  userCommandsPerWindow: 8,
  userWindowMs: 10_000,
} as const;
