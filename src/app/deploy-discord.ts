// npm run deploy:discord: registers the slash commands with Discord, for one guild when
// DISCORD_GUILD_ID is set (instant, for development) or globally (may take up to an hour).
// Kept out of start-up: commands change only when the code does.
import { commands } from '../../commands/index.js';
import { deployCommands } from '../adapters/discord/deploy-commands.js';
import { loadConfig } from './config.js';
import { checkCommands } from '../chat/command.js';
import { redactSecrets } from '../base/secrets.js';

/** Deploys the commands; returns the exit code. */
export async function deploy(env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    out(`deploy:discord: ${(err as Error).message}`);
    return 2;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    out('deploy:discord: DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set (see README, Discord).');
    return 2;
  }
  const problems = checkCommands(commands);
  if (problems.length) {
    out(`deploy:discord: the command declarations break platform rules:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const guild = config.DISCORD_GUILD_ID;
  const result = await deployCommands(
    {
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      ...(guild ? { guildId: guild } : {}),
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    },
    commands,
  );
  if ('refused' in result) {
    out(`deploy:discord: Discord refused the commands: ${result.refused}`);
    return 1;
  }
  out(
    `Deployed ${result.deployed.length} commands (${result.deployed.map((c) => `/${c}`).join(', ')}) ${guild ? `to guild ${guild}: available now` : 'globally: they may take up to an hour to appear'}.`,
  );
  return 0;
}

if (/deploy-discord\.(?:ts|js)$/.test(process.argv[1] ?? '')) {
  void deploy(process.env, (line) => console.log(redactSecrets(line))).then((code) => {
    process.exitCode = code;
  });
}
