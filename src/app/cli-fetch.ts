import { plural } from '../base/plural.js';
import { ArxivQueryError, ArxivUnavailableError } from '../arxiv/arxiv-client.js';
import type { ArxivFollower } from '../arxiv/arxiv-follower.js';
import { arxivFollower, openStore } from './bootstrap.js';
import { loadConfig } from './config.js';
import { EXIT, type Io, UsageError, cliLogger } from './cli-shared.js';

/** `arxivist fetch [QUERY]`: refreshes the saved copy of the configured query (or of QUERY) from arXiv now. */
export async function fetchQuery(args: string[], json: boolean, io: Io): Promise<number> {
  const config = loadConfig(io.env);
  const query = args.join(' ').trim() || config.ARXIVIST_ARXIV_QUERY;
  if (!query) throw new UsageError('fetch needs a query: give one (like au:Mahajan), or set ARXIVIST_ARXIV_QUERY');
  const log = cliLogger(config, io);
  // Its turns at arXiv and its refresh are agreed with the bot and other processes on the database.
  const store = await openStore(config, log);
  try {
    const follower = arxivFollower(config, log, query, store.coordination) as ArxivFollower;
    await follower.reread();
    const { summary: s } = await follower.refresh();
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
