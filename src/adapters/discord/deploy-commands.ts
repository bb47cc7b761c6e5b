import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { AnyCommand } from '../../chat/command.js';
import { slashCommands } from './slash-commands.js';

/** Where and how to register the slash commands. */
export interface DeployTarget {
  token: string;
  applicationId: string;
  /** One server only (instant, for development); unset, globally. */
  guildId?: string;
  apiUrl?: string;
}

/** Registers the commands with Discord; the names deployed, or why Discord refused them. */
export async function deployCommands(
  target: DeployTarget,
  commands: readonly AnyCommand[],
): Promise<{ deployed: string[] } | { refused: string }> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  try {
    const result = (await rest.put(route, { body: slashCommands(commands) })) as { name: string }[];
    return { deployed: result.map((c) => c.name) };
  } catch (err) {
    return { refused: err instanceof DiscordAPIError ? `${err.status} ${err.message}` : (err as Error).message };
  }
}
