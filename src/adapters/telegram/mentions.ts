import type { MessageEntity, UserFromGetMe } from 'grammy/types';

/** Whether a message's entities mention the bot, by @username or as a text mention. */
export function mentionsMe(text: string, entities: MessageEntity[] | undefined, botInfo: UserFromGetMe): boolean {
  const me = `@${botInfo.username}`.toLowerCase();
  return (entities ?? []).some(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === me) ||
      (e.type === 'text_mention' && e.user.id === botInfo.id),
  );
}

/** The message with the bot's @username mentions taken out, leading separators trimmed. */
export function stripMentions(text: string, entities: MessageEntity[] | undefined, botInfo: UserFromGetMe): string {
  const me = `@${botInfo.username}`.toLowerCase();
  let out = text;
  // Right to left, so earlier offsets stay valid.
  for (const e of [...(entities ?? [])].sort((a, b) => b.offset - a.offset)) {
    if (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === me) {
      out = out.slice(0, e.offset) + out.slice(e.offset + e.length);
    }
  }
  return out.replace(/^[\s,:]+/, '').trim();
}
