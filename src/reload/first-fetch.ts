import { ConfigError } from '../base/errors.js';
import type { Log } from '../base/log.js';
import { ArxivQueryError } from '../arxiv/arxiv-client.js';
import type { ArxivFollower } from '../arxiv/arxiv-follower.js';

/** How far a first fetch has come: results read, of how many it will read; undefined once over. */
export type FirstFetchProgress = { fetched: number; target: number } | undefined;

/**
 * Starts a query's first fetch and waits until arXiv has accepted it: to the end of a fetch of one
 * page, else to its first page, then returns the `rest` of the fetch (true when it succeeded) for the
 * caller to serve when done, telling `progress` after each page. A query arXiv rejects stops the
 * start (ConfigError); arXiv out of reach is logged, and the start goes on without its papers.
 */
export async function firstFetch(
  arxiv: ArxivFollower,
  log: Log,
  progress: (p: FirstFetchProgress) => void,
): Promise<{ rest: Promise<boolean> } | undefined> {
  let paging!: () => void;
  const firstPage = new Promise<'paging'>((resolve) => {
    paging = () => resolve('paging');
  });
  const done = arxiv
    .refresh((p) => {
      progress({ fetched: p.fetched, target: p.target });
      if (p.fetched < p.target) paging();
    })
    .then(
      ({ summary }) => {
        log.info({ ...summary }, 'arxiv: first fetch done');
        return true;
      },
      (err: unknown) => {
        if (err instanceof ArxivQueryError) return new ConfigError(`ARXIVIST_ARXIV_QUERY: ${err.message}`);
        log.error(
          { query: arxiv.query, reason: (err as Error).message },
          'arxiv: first fetch failed; starting without its papers, will try again',
        );
        return false;
      },
    )
    .then((outcome) => {
      progress(undefined);
      return outcome;
    });
  const first = await Promise.race([done, firstPage]);
  if (first instanceof ConfigError) throw first;
  if (first !== 'paging') return undefined;
  // In an object: an async function returning the promise itself would wait for it.
  return { rest: done.then((outcome) => outcome === true) };
}
