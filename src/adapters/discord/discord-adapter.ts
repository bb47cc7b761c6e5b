import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import { type AnyCommand, type CommandContext, GENERIC_FAILURE } from '../../chat/command.js';
import { ChatInteractions } from '../../chat/interactions.js';
import type { DigestService } from '../../digest/digest-service.js';
import { describeOptions } from '../../chat/command-options.js';
import type { LiveIndex } from '../../search/live-index.js';
import { type Reply, errorReply } from '../../chat/reply.js';
import type { Log } from '../../base/log.js';
import type { Metrics } from '../../base/metrics.js';
import type { SharedState } from '../../base/shared-state.js';
import { DISCORD_LIMITS } from './limits.js';
import { autocomplete } from './autocomplete.js';
import { discordContext } from './command-context.js';
import { mentionQuestion } from './mention.js';
import { NO_MENTIONS, payload } from './payload.js';
import { renderDiscord } from './render.js';

/** What the Discord adapter needs. */
export interface DiscordOptions {
  token: string;
  /** REST API base, default Discord's; the gateway address then comes from GET /gateway/bot. */
  apiUrl?: string;
  live: LiveIndex;
  commands: readonly AnyCommand[];
  log: Log;
  /** How long a command may run before the interaction is deferred (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Digest subscriptions, when a store is configured. */
  digests?: DigestService;
  /** Commands per user per window before a slow-down notice. */
  rateLimit?: { max: number; windowMs: number };
  now?: () => Date;
  /** This instance's share of the gateway: `ids` of `count` shards (several instances). */
  shards?: { count: number; ids?: number[] };
  /** Button state shared by every instance; memory when alone. */
  state?: SharedState;
  metrics?: Metrics;
}

/**
 * Runs the shared commands on Discord with discord.js: slash commands built from the shared
 * declarations, autocomplete on names and titles, buttons for pages and abstracts, and questions
 * by mention. It only maps interactions to commands and renders replies as embeds.
 */
export class DiscordAdapter {
  readonly client: Client;
  private readonly chat: ChatInteractions;
  private readonly deferAfterMs: number;

  constructor(private readonly options: DiscordOptions) {
    this.deferAfterMs = options.deferAfterMs ?? DISCORD_LIMITS.deferAfterMs;
    this.chat = new ChatInteractions({
      commands: options.commands,
      live: options.live,
      log: options.log,
      rateLimit: options.rateLimit ?? {
        max: DISCORD_LIMITS.userCommandsPerWindow,
        windowMs: DISCORD_LIMITS.userWindowMs,
      },
      ...(options.state ? { state: options.state } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
    const shards = options.shards;
    this.client = new Client({
      // Mentions carry their content without the privileged MessageContent intent.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      allowedMentions: NO_MENTIONS,
      ...(shards
        ? { shardCount: shards.count, shards: shards.ids ?? Array.from({ length: shards.count }, (_, i) => i) }
        : {}),
      rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), timeout: 15_000, retries: 3 },
    });
    this.client.on(Events.InteractionCreate, (i) => void this.onInteraction(i));
    this.client.on(Events.MessageCreate, (m) => void this.onMessage(m));
    this.client.on(Events.Error, (err) => options.log.error({ err }, 'discord: client error'));
    this.client.on(Events.Warn, (msg) => options.log.warn({ msg }, 'discord: warning'));
    this.client.on(Events.ShardDisconnect, (e, shard) =>
      options.log.warn({ shard, code: e.code }, 'discord: gateway disconnected'),
    );
    this.client.on(Events.ShardResume, (shard, replayed) =>
      options.log.info({ shard, replayed }, 'discord: gateway resumed'),
    );
  }

  private context(from: Interaction | Message): CommandContext {
    return discordContext(from, this.options);
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction, this.options.commands, this.options.live);
      else if (interaction.isChatInputCommand()) await this.onSlash(interaction);
      else if (interaction.isButton()) await this.onButton(interaction);
    } catch (err) {
      this.options.log.error({ err, interaction: interaction.id }, 'discord: interaction failed');
      if (!interaction.isRepliable()) return;
      try {
        const body = { content: GENERIC_FAILURE, flags: MessageFlags.Ephemeral as const, allowedMentions: NO_MENTIONS };
        if (interaction.replied || interaction.deferred) await interaction.followUp(body);
        else await interaction.reply(body);
      } catch (replyErr) {
        this.options.log.warn({ err: replyErr }, 'discord: could not send the apology');
      }
    }
  }

  /**
   * The rate limit's notice when the user is over it: every time when only they see it (`ephemeral`),
   * else once per window (it says that nothing before then is answered); '' to stay quiet.
   */
  private async limited(userId: string, ephemeral: boolean): Promise<string | null> {
    const verdict = await this.chat.admit(userId);
    return verdict.allowed ? null : ephemeral || !verdict.repeated ? verdict.notice : '';
  }

  private async onSlash(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = this.options.commands.find((c) => c.name === interaction.commandName);
    if (!command) {
      await interaction.reply({
        content: `Unknown command /${interaction.commandName}. It may have been removed; try /help.`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    const slow = await this.limited(interaction.user.id, true);
    if (slow !== null) {
      await interaction.reply({ content: slow, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    const args: Record<string, unknown> = {};
    for (const spec of describeOptions(command.options)) {
      const option = interaction.options.get(spec.name);
      if (option?.value !== undefined && option.value !== null) args[spec.name] = option.value;
    }
    await this.respond(interaction, this.chat.execute(command, args, this.context(interaction)));
  }

  /**
   * Answers within Discord's 3-second window: directly when the reply is ready soon, else by
   * deferring first and editing the deferred reply when the work is done.
   */
  private async respond(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    work: Promise<Reply>,
  ): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const early = await Promise.race([
      work.then((reply) => ({ reply })),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), this.deferAfterMs);
      }),
    ]);
    clearTimeout(timer);
    if (early) {
      await interaction.reply(await this.message(early.reply, interaction.channelId));
      return;
    }
    await interaction.deferReply();
    const reply = await work;
    const m = await this.message(reply, interaction.channelId);
    if (m.flags) {
      // An error after a public defer: remove the placeholder and tell only the user.
      await interaction.deleteReply();
      await interaction.followUp(m);
    } else {
      await interaction.editReply({
        embeds: m.embeds,
        components: m.components,
        allowedMentions: NO_MENTIONS,
        ...('content' in m ? { content: m.content } : {}),
        ...('files' in m ? { files: m.files } : {}),
      });
    }
  }

  private async message(reply: Reply, channelId: string | null) {
    const pageToken = await this.chat.pageToken(reply, channelId ?? undefined);
    const m = renderDiscord(reply, pageToken ? { pageToken } : {});
    return { ...payload(m), ...(m.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
  }

  private async onButton(interaction: ButtonInteraction): Promise<void> {
    const outcome = await this.chat.press(
      interaction.customId,
      this.context(interaction),
      interaction.channelId ?? undefined,
    );
    switch (outcome.kind) {
      case 'notice':
        await interaction.reply({ content: outcome.text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return;
      case 'page': {
        const m = renderDiscord(outcome.reply, { pageToken: outcome.pageToken });
        if (m.ephemeral) await interaction.reply({ ...payload(m), flags: MessageFlags.Ephemeral });
        else await interaction.update(payload(m));
        return;
      }
      case 'abstract':
        // Shown to the one who pressed, so a channel is not flooded by presses.
        await interaction.reply({ ...payload(renderDiscord(outcome.reply)), flags: MessageFlags.Ephemeral });
        return;
      case 'reply':
        await this.respond(interaction, Promise.resolve(outcome.reply));
        return;
    }
  }

  private async onMessage(message: Message): Promise<void> {
    const me = this.client.user;
    if (!me || message.author.bot || !message.mentions.users.has(me.id)) return;
    const question = mentionQuestion(message.content, me.id);
    try {
      const slow = await this.limited(message.author.id, false);
      if (slow === '') return;
      const reply = slow !== null ? errorReply(slow) : await this.chat.question(question, this.context(message));
      const m = renderDiscord(reply, {});
      await message.reply(payload(m));
    } catch (err) {
      this.options.log.error({ err, channel: message.channelId }, 'discord: could not answer a mention');
    }
  }

  /** Logs in and resolves once the client is ready (guilds received). */
  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.options.token);
    await ready;
    this.options.log.info(
      {
        user: this.client.user?.tag,
        guilds: this.client.guilds.cache.size,
        shards: this.client.ws.shards.map((s) => s.id),
      },
      'discord: ready',
    );
  }

  /** Closes the gateway connection. */
  async stop(): Promise<void> {
    await this.client.destroy();
  }
}
