import type { Button as ChatButton, ReplyButtons } from '../../chat/buttons.js';
import type { ButtonJson } from './discord-message.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut } from './markdown.js';

/** A reply's buttons as action rows: Prev/Next (greyed at the ends), abstracts, names in rows of five. */
export function rowsOf(buttons: ReplyButtons): ButtonJson[][] {
  const json = (b: ChatButton, style: 1 | 2): ButtonJson => ({
    type: 2,
    style,
    label: cut(b.label, DISCORD_LIMITS.buttonLabel),
    custom_id: b.data,
    ...(b.disabled !== undefined ? { disabled: b.disabled } : {}),
  });
  const rows = [buttons.nav.map((b) => json(b, 1))];
  for (let i = 0; i < buttons.abstracts.length; i += 5)
    rows.push(buttons.abstracts.slice(i, i + 5).map((b) => json(b, 2)));
  for (let i = 0; i < buttons.similar.length; i += 5) rows.push(buttons.similar.slice(i, i + 5).map((b) => json(b, 2)));
  rows.push(buttons.paper.map((b) => json(b, 2)));
  for (let i = 0; i < buttons.candidates.length; i += 5)
    rows.push(buttons.candidates.slice(i, i + 5).map((b) => json(b, 2)));
  return rows;
}
