/** The question in a message that mentions the bot: its mentions taken out, spaces collapsed. */
export function mentionQuestion(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
