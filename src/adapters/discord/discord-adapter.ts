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
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { type AnyCommand, GENERIC_FAILURE } from '../../chat/command.js';
import { ChatPipeline } from '../../chat/pipeline.js';
import type { ChatListings } from '../../sources/chat-listings.js';
import { paperActions } from '../../chat/reply-actions.js';
import type { Turn } from '../../chat/turn.js';
import type { DigestService } from '../../digest/digest-service.js';
import { describeOptions } from '../../chat/command-options.js';
import type { LiveIndex } from '../../search/live-index.js';
import type { Log } from '../../base/log.js';
import type { Metrics } from '../../base/metrics.js';
import type { SharedState } from '../../base/shared-state.js';
import { DISCORD_LIMITS } from './limits.js';
import { autocomplete } from './autocomplete.js';
import { attachmentFile, slashFile } from './discord-file.js';
import { discordContext } from './command-context.js';
import { mentionQuestion } from './mention.js';
import { DiscordDigestSender } from './discord-digest-sender.js';
import { buttonSend, mentionSend, slashSend } from './discord-transport.js';
import { NO_MENTIONS } from './payload.js';

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
  /** Each chat's own sources, when a store is configured. */
  listings?: ChatListings;
  /** Commands per user per window before a slow-down notice, or a limiter shared by every instance. */
  rateLimit?: { max: number; windowMs: number } | RateLimiterAbstract;
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
  private readonly pipeline: ChatPipeline;
  private readonly deferAfterMs: number;

  constructor(private readonly options: DiscordOptions) {
    this.deferAfterMs = options.deferAfterMs ?? DISCORD_LIMITS.deferAfterMs;
    this.pipeline = new ChatPipeline({
      commands: options.commands,
      live: options.live,
      log: options.log,
      rateLimit: options.rateLimit ?? {
        max: DISCORD_LIMITS.userCommandsPerWindow,
        windowMs: DISCORD_LIMITS.userWindowMs,
      },
      ...(options.state ? { state: options.state } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.listings ? { listings: options.listings } : {}),
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

  /** A turn of the pipeline for an interaction or a message: who, where, and how to send. */
  private turn(from: Interaction | Message, incoming: Turn['incoming'], send: Turn['send']): Turn {
    const userId = 'user' in from ? from.user.id : from.author.id;
    return {
      platform: 'discord',
      incoming,
      userId,
      ...(from.channelId ? { chatId: from.channelId } : {}),
      context: () => discordContext(from, this.options),
      send,
    };
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        const view = await this.options.listings?.view({ platform: 'discord', chatId: interaction.channelId });
        await autocomplete(interaction, this.options.commands, view?.index ?? this.options.live.current);
      } else if (interaction.isChatInputCommand()) await this.onSlash(interaction);
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

  private async onSlash(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = this.pipeline.command(interaction.commandName);
    const args: Record<string, unknown> = {};
    for (const spec of command ? describeOptions(command.options) : []) {
      const option = interaction.options.get(spec.name);
      if (option?.value !== undefined && option.value !== null) args[spec.name] = option.value;
    }
    const answer = slashSend(interaction, this.deferAfterMs);
    const turn = this.turn(interaction, { kind: 'command', name: interaction.commandName, args }, answer.send);
    const file = slashFile(interaction, command);
    try {
      await this.pipeline.handle({ ...turn, privateNotices: true, ...(file ? { file } : {}) });
    } finally {
      answer.done();
    }
  }

  private async onButton(interaction: ButtonInteraction): Promise<void> {
    await this.pipeline.handle(
      this.turn(interaction, { kind: 'button', data: interaction.customId }, buttonSend(interaction)),
    );
  }

  private async onMessage(message: Message): Promise<void> {
    const me = this.client.user;
    if (!me || message.author.bot || !message.mentions.users.has(me.id)) return;
    const text = mentionQuestion(message.content, me.id);
    // A file attached to a mention goes to the command that takes files (its content comes without the MessageContent intent too).
    const attachment = message.attachments.first();
    const turn = this.turn(message, { kind: 'text', text }, mentionSend(message));
    try {
      await this.pipeline.handle(attachment ? { ...turn, file: attachmentFile(attachment) } : turn);
    } catch (err) {
      this.options.log.error({ err, channel: message.channelId }, 'discord: could not answer a mention');
    }
  }

  /** Sends digests through this client's REST: one client per token. */
  digestSender(): DiscordDigestSender {
    return new DiscordDigestSender(this.client.rest, paperActions(this.options.commands));
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
