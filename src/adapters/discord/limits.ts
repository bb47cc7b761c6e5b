/** Discord limits the adapter keeps to (see discord.com/developers/docs). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** All embeds of one message together. */
  embedTotal: 6000,
  embeds: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceLength: 100,
  /** An interaction must be acknowledged within 3 s; we defer well before that. */
  deferAfterMs: 1500,
  userCommandsPerWindow: 8,
  userWindowMs: 10_000,
} as const;
