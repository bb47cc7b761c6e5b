import { parseArgs } from 'node:util';
import { plural } from '../base/plural.js';
import type { FetchProgress } from '../arxiv/arxiv-copy.js';
import { ArxivQueryError, ArxivUnavailableError } from '../arxiv/arxiv-client.js';
import type { ArxivFollower } from '../arxiv/arxiv-follower.js';
import { arxivFollower, openStore } from './bootstrap.js';
import { loadConfig } from './config.js';
import { EXIT, type Io, UsageError, cliLogger } from './cli-shared.js';

/** "800 of 2,000 papers, 4 requests" */
function progressText(p: FetchProgress): string {
  return `${p.query}: ${Math.min(p.fetched, p.target).toLocaleString('en')} of ${p.target.toLocaleString('en')} papers, ${plural(p.requests, 'request')}`;
}

/**
 * How a fetch shows its progress on stderr: a line per page with --verbose; else, on a terminal, one
 * line redrawn in place and cleared at the end; nothing with --json or when stderr is not a terminal.
 */
function progressOf(verbose: boolean, json: boolean, io: Io) {
  const inPlace = !verbose && !json && io.stderrIsTTY === true;
  const onPage = verbose
    ? (p: FetchProgress) => io.stderr(`${progressText(p)}\n`)
    : inPlace
      ? (p: FetchProgress) => io.stderr(`\r\x1b[2K${progressText(p)}…`)
      : undefined;
  return {
    onPage,
    clear: () => {
      if (inPlace) io.stderr('\r\x1b[2K');
    },
  };
}

/** `arxivist fetch [--verbose] [QUERY]`: refreshes the saved copy of the configured query (or of QUERY) from arXiv now. */
export async function fetchQuery(argv: string[], json: boolean, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { verbose: { type: 'boolean', short: 'v' } },
    allowPositionals: true,
    strict: false,
  });
  const args = positionals;
  const progress = progressOf(values.verbose === true, json, io);
  const config = loadConfig(io.env);
  const query = args.join(' ').trim() || config.ARXIVIST_ARXIV_QUERY;
  if (!query) throw new UsageError('fetch needs a query: give one (like au:Mahajan), or set ARXIVIST_ARXIV_QUERY');
  const log = cliLogger(config, io);
  // Its turns at arXiv and its refresh are agreed with the bot and other processes on the database.
  const store = await openStore(config, log);
  try {
    const follower = arxivFollower(config, log, query, store.coordination) as ArxivFollower;
    await follower.reread();
    const { summary: s } = await follower.refresh(progress.onPage).finally(progress.clear);
    if (json) io.stdout(`${JSON.stringify(s)}\n`);
    else
      io.stdout(
        `${s.query}: ${s.fetched} fetched of ${s.total} matching, in ${plural(s.requests, 'request')}: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged; saved in ${follower.file}\n${s.problems.map((p) => `  ${p}\n`).join('')}`,
      );
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof ArxivQueryError || err instanceof ArxivUnavailableError)) throw err;
    if (json) io.stdout(`${JSON.stringify({ kind: 'error', error: { message: err.message } })}\n`);
    io.stderr(
      `arxivist: ${err.message}${err instanceof ArxivUnavailableError ? '; the saved copy is unchanged' : ''}\n`,
    );
    return err instanceof ArxivQueryError ? EXIT.usage : EXIT.replyError;
  } finally {
    await store.close();
  }
}
