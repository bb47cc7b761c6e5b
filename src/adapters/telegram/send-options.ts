import type { TelegramMessage } from './render.js';

export const SEND_OPTIONS = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

/** A message's inline keyboard as the Bot API's reply_markup, or nothing. */
export function keyboard(m: TelegramMessage) {
  return m.keyboard ? { reply_markup: { inline_keyboard: m.keyboard } } : {};
}
