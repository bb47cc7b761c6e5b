import { type Context, GrammyError, InputFile } from 'grammy';
import type { Reply } from '../../chat/reply.js';
import type { Outgoing } from '../../chat/turn.js';
import { inlineArticles } from './inline-query.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { type TelegramMessage, renderTelegram } from './render.js';
import { SEND_OPTIONS, keyboard } from './send-options.js';

/** Sends a reply as one or more messages, in answer to the message that asked in a group. */
async function sendReply(ctx: Context, reply: Reply, pageToken?: string): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const messages = renderTelegram(reply, pageToken ? { pageToken } : {});
  const replyTo =
    ctx.chat?.type !== 'private' && ctx.message
      ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } }
      : {};
  for (const m of messages) {
    if (m.document) {
      const file = new InputFile(Buffer.from(m.document.content, 'utf8'), m.document.name);
      await ctx.api.sendDocument(chatId, file, { caption: m.html, parse_mode: 'HTML', ...replyTo });
    } else {
      await ctx.api.sendMessage(chatId, m.html, { ...SEND_OPTIONS, ...replyTo, ...keyboard(m) });
    }
  }
}

/** Another page replaces the list whose button was pressed; a page that no longer fits one message comes anew. */
async function replacePage(ctx: Context, reply: Reply, pageToken: string): Promise<void> {
  const messages = renderTelegram(reply, { pageToken });
  const target = ctx.callbackQuery?.message;
  if (messages.length !== 1 || !target) return sendReply(ctx, reply, pageToken);
  const m = messages[0] as TelegramMessage;
  try {
    await ctx.api.editMessageText(target.chat.id, target.message_id, m.html, { ...SEND_OPTIONS, ...keyboard(m) });
  } catch (err) {
    // Pressing the button of the page already shown changes nothing; that is fine.
    if (!(err instanceof GrammyError && /not modified/.test(err.description))) throw err;
  }
}

/**
 * Carries out what the pipeline sends for this update. A button press is answered exactly once:
 * with its notice as a toast, or silently before its reply.
 */
export function telegramSend(ctx: Context): (out: Outgoing) => Promise<void> {
  return async (out) => {
    if (out.kind === 'inline') {
      await ctx.answerInlineQuery(inlineArticles(out), { cache_time: 60, next_offset: out.next, is_personal: false });
      return;
    }
    if (ctx.callbackQuery) {
      if (out.kind === 'notice') {
        await ctx.answerCallbackQuery({ text: out.text.slice(0, TELEGRAM_LIMITS.callbackAnswerText) });
        return;
      }
      await ctx.answerCallbackQuery();
    }
    if (out.kind === 'notice') await ctx.reply(out.text);
    else if (out.kind === 'page') await replacePage(ctx, out.reply, out.pageToken);
    else await sendReply(ctx, out.reply, out.kind === 'reply' ? out.pageToken : undefined);
  };
}
