import { inspect, parseArgs } from 'node:util';
import { commands, findCommand } from '../../commands/index.js';
import { renderText } from '../adapters/console/render.js';
import { type AnyCommand, type CommandContext, executeCommand } from '../chat/command.js';
import { ConfigError } from '../base/errors.js';
import { replyToJson } from '../chat/reply-json.js';
import { parseTextArgs } from '../chat/text-args.js';
import { loadConfig } from './config.js';
import { redactSecrets } from '../base/secrets.js';
import { exitWhenSettled } from './exit-when-settled.js';
import { EXIT, type Io, UsageError, cliLogger, served } from './cli-shared.js';
import { parseFiles } from './cli-parse.js';
import { fetchQuery } from './cli-fetch.js';
import { digestRun, listSubscriptions } from './cli-digests.js';

export { EXIT, type Io } from './cli-shared.js';

const USAGE = `Usage: arxivist <command> [arguments...] [--json] [--listing FILE]
       arxivist parse FILE... [--json]
       arxivist fetch [QUERY] [--verbose] [--json]
       arxivist digest run [--now ISO-TIME] [--deadline SECONDS] [--json]
       arxivist subscriptions [--json]

Commands: ${commands
  .filter((c) => !c.chatOnly)
  .map((c) => c.name)
  .join(', ')}, parse, fetch, digest run, subscriptions
Options of a command go after its text, e.g.  arxivist search mixture of experts --limit 3
  --json              print the structured reply as one JSON document
  --listing FILE      the listing to read (default: $ARXIVIST_LISTING, else the bundled one)
  --now ISO-TIME      digest run: the time to run as (default: now)
  --deadline SECONDS  digest run: start no digest after this long (default 600); the rest stay due
  -v, --verbose       fetch: a line per page fetched (on a terminal, fetch shows one line of progress)
  -h, --help          this text
Commands serve the listing file and the saved copy of $ARXIVIST_ARXIV_QUERY, as the bot does;
fetch refreshes that copy from arXiv now (or the copy of QUERY).

Exit codes: 0 success, 1 the reply is an error (parse found problems, arXiv could not be reached), 2 usage error.`;

/** The CLI's own options; any other option is the command's (`--limit 3`, `--now ISO`). */
const OWN_OPTIONS = {
  json: { type: 'boolean' },
  listing: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A command line with the CLI's own options taken out. */
interface CliArgs {
  json: boolean;
  help: boolean;
  listing: string | undefined;
  /** The command's name and its words, options included, as typed. */
  words: string[];
  /** What is wrong with the CLI's own options, if anything. */
  problem?: string;
}

/** Reads the CLI's own options wherever they stand (before `--`); the other words are left in order. */
function readArgs(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  // Not strict: a command's options (`--limit 3`) are read by the command, as in a chat.
  const { tokens } = parseArgs({
    args: argv,
    options: OWN_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const taken = new Set<number>();
  const args: CliArgs = { json: false, help: false, listing: env['ARXIVIST_LISTING']?.trim() || undefined, words: [] };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') taken.add(token.index);
    if (token.kind !== 'option' || !Object.hasOwn(OWN_OPTIONS, token.name)) continue;
    taken.add(token.index);
    if (token.name === 'help') args.help = true;
    else if (token.name === 'json') args.json = true;
    else {
      if (token.value !== undefined && !token.inlineValue) taken.add(token.index + 1);
      if (!token.value || token.value.startsWith('--')) args.problem ??= '--listing needs a file path';
      else args.listing = token.value;
    }
  }
  args.words = argv.filter((_, i) => !taken.has(i));
  return args;
}

/** Runs the CLI on argv (without node and script); returns the exit code. */
export async function runCli(argv: string[], streams: Io): Promise<number> {
  // Everything printed passes the configured secrets' filter: replies, logs and messages alike.
  const io: Io = {
    stdout: (text) => streams.stdout(redactSecrets(text)),
    stderr: (text) => streams.stderr(redactSecrets(text)),
    env: streams.env,
    ...(streams.stderrIsTTY ? { stderrIsTTY: true } : {}),
  };
  const args = readArgs(argv, io.env);
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    if (args.problem) throw new UsageError(args.problem);
    return await runCommand(args, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      if (args.json) io.stdout(`${JSON.stringify({ kind: 'error', error: { message: err.message } })}\n`);
      io.stderr(`arxivist: ${err.message}\n${err instanceof UsageError ? `\n${USAGE}\n` : ''}`);
      return EXIT.usage;
    }
    throw err;
  }
}

function runCommand({ json, listing, words }: CliArgs, io: Io): Promise<number> {
  const [name, ...args] = words;
  if (!name) throw new UsageError('no command given');
  if (name === 'parse') return parseFiles(args, json, io);
  if (name === 'fetch') return fetchQuery(args, json, io);
  if (name === 'digest' && args[0] === 'run') return digestRun(args.slice(1), json, listing, io);
  if (name === 'subscriptions') return listSubscriptions(json, io);
  const command = findCommand(name.replace(/^\//, '').toLowerCase());
  // Digest and source commands act on the chat they are typed in; the CLI has its own digest verbs.
  if (command?.chatOnly)
    throw new UsageError(
      `/${name} works in a chat (Telegram, Discord, or the console chat of npm start); for digests, from here use "arxivist digest run" or "arxivist subscriptions"`,
    );
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return runChatCommand(command, args, json, listing, io);
}

/** A chat command over what the bot would serve; its options are read from its words as in a chat. */
async function runChatCommand(
  command: AnyCommand,
  words: string[],
  json: boolean,
  listing: string | undefined,
  io: Io,
): Promise<number> {
  const config = loadConfig(io.env);
  const log = cliLogger(config, io);
  const app = await served(config, log, listing ? { listing } : {});
  try {
    const ctx: CommandContext = {
      index: app.reloader.live.current,
      origin: app.reloader.origin(),
      platform: 'cli',
      commands,
      now: () => new Date(),
    };
    const reply = await executeCommand(command, parseTextArgs(command, words.join(' ')), ctx, log);
    io.stdout(
      json
        ? `${JSON.stringify({ command: command.name, ...replyToJson(reply) }, null, 2)}\n`
        : `${renderText(reply, commands)}\n`,
    );
    return reply.kind === 'error' ? EXIT.replyError : EXIT.ok;
  } finally {
    await app.close();
  }
}

// Run when executed directly (also through bin/arxivist.js), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:cli\.(?:ts|js)|arxivist(?:\.js)?)$/.test(entry)) {
  // A reader that stops early (\`arxivist parse FILE --json | head\`) closes the pipe: end quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // A promise rather than a top-level await (see main.ts): digest run imports adapters dynamically.
  exitWhenSettled(
    runCli(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: process.env,
      stderrIsTTY: process.stderr.isTTY,
    }).catch((err: unknown) => {
      // As node would on an unhandled rejection, but with the secrets hidden.
      process.stderr.write(redactSecrets(`arxivist: unexpected error: ${inspect(err)}\n`));
      process.exit(1);
    }),
  );
}
