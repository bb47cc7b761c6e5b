import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { type Reply, errorReply } from '../../chat/reply.js';
import type { Outgoing } from '../../chat/turn.js';
import { NO_MENTIONS, payload } from './payload.js';
import { renderDiscord } from './render.js';

type Send = (out: Outgoing) => Promise<void>;

/** A reply as discord.js sends it; an error is seen only by the one who asked. */
function message(reply: Reply, pageToken?: string) {
  const m = renderDiscord(reply, pageToken ? { pageToken } : {});
  return { ...payload(m), ...(m.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

const notice = (text: string) => ({
  content: text,
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: NO_MENTIONS,
});

/** Answers a deferred interaction: the placeholder becomes the reply, or is removed for an error only they see. */
async function finishDeferred(interaction: RepliableInteraction, m: ReturnType<typeof message>): Promise<void> {
  if (m.flags) {
    await interaction.deleteReply();
    await interaction.followUp(m);
    return;
  }
  await interaction.editReply({
    embeds: m.embeds,
    components: m.components,
    allowedMentions: NO_MENTIONS,
    ...('content' in m ? { content: m.content } : {}),
    ...('files' in m ? { files: m.files } : {}),
  });
}

/**
 * Carries out what the pipeline sends for a slash command, within Discord's 3-second window:
 * when nothing is sent within `deferAfterMs`, the reply is deferred and edited once ready.
 * `done` stops the timer once the turn is over.
 */
export function slashSend(
  interaction: ChatInputCommandInteraction,
  deferAfterMs: number,
): { send: Send; done: () => void } {
  let deferring: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    deferring = interaction.deferReply();
  }, deferAfterMs);
  const send: Send = async (out) => {
    clearTimeout(timer);
    await deferring;
    if (out.kind === 'notice') {
      if (interaction.deferred || interaction.replied) await interaction.followUp(notice(out.text));
      else await interaction.reply(notice(out.text));
      return;
    }
    if (out.kind === 'inline') return;
    const m = message(out.reply, out.kind === 'reply' ? out.pageToken : undefined);
    if (interaction.deferred) await finishDeferred(interaction, m);
    else if (interaction.replied) await interaction.followUp(m);
    else await interaction.reply(m);
  };
  return { send, done: () => clearTimeout(timer) };
}

/** Carries out what the pipeline sends for a button press: a notice or an abstract only they see, a page in place, a new reply. */
export function buttonSend(interaction: ButtonInteraction): Send {
  return async (out) => {
    switch (out.kind) {
      case 'notice':
        await interaction.reply(notice(out.text));
        return;
      case 'page': {
        const m = message(out.reply, out.pageToken);
        if (m.flags) await interaction.reply(m);
        else await interaction.update(payload(renderDiscord(out.reply, { pageToken: out.pageToken })));
        return;
      }
      case 'abstract':
        // Shown to the one who pressed, so a channel is not flooded by presses.
        await interaction.reply({ ...payload(renderDiscord(out.reply)), flags: MessageFlags.Ephemeral });
        return;
      case 'reply':
        await interaction.reply(message(out.reply, out.pageToken));
        return;
      case 'inline':
        return;
    }
  };
}

/** Carries out what the pipeline sends for a mention: a reply to the message that asked. */
export function mentionSend(asked: Message): Send {
  return async (out) => {
    if (out.kind === 'inline') return;
    const reply = out.kind === 'notice' ? errorReply(out.text) : out.reply;
    await asked.reply(payload(renderDiscord(reply, {})));
  };
}
