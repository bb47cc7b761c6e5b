import { counted } from '../../base/plural.js';
import { ago, fromNow } from '../../listing/listing-origin.js';
import type { SourceView } from '../../sources/source-views.js';
import { type Block, type Line, bold, notes, paragraph } from '../document.js';
import { clip } from '../format.js';
import type { ReplyKind } from './kind.js';

/** Longest a label, an error or a problem is shown in the list: 20 sources stay within a message or two. */
const SHOWN = 200;

/** "2 problems (line 3: …)": how many, and the first. */
function problemsPart(s: SourceView): string[] {
  const [first] = s.problems;
  return first ? [`${counted(s.problems.length, 'problem')} (${clip(first, SHOWN)})`] : [];
}

/** How a query stands: papers held of arXiv's total, a fetch under way, the last refresh, the next, a failure. */
function queryParts(s: SourceView, at: Date): string[] {
  const held = s.refreshedAt
    ? `arXiv query: ${counted(s.papers, 'paper')}${s.total !== undefined ? ` (${s.total.toLocaleString('en')} on arXiv)` : ''}`
    : 'arXiv query: not fetched yet';
  const fetching = s.fetching
    ? [`fetching: ${s.fetching.fetched.toLocaleString('en')} of ${s.fetching.target.toLocaleString('en')}`]
    : [];
  const last = s.error
    ? [
        `the last refresh failed ${ago(s.error.at, at)} (${clip(s.error.message, SHOWN)})`,
        s.refreshedAt ? `last success ${ago(s.refreshedAt, at)}` : 'none has succeeded yet',
      ]
    : s.refreshedAt
      ? [`refreshed ${ago(s.refreshedAt, at)}`]
      : [];
  const due = s.nextRefreshAt && s.nextRefreshAt > at ? fromNow(s.nextRefreshAt, at) : 'due now';
  const next = s.fetching ? [] : [`next refresh ${due}`];
  return [held, ...fetching, ...last, ...next, ...problemsPart(s)];
}

/** A listing file: papers read, when, and what could not be read. */
function fileParts(s: SourceView, at: Date): string[] {
  const read = s.refreshedAt ? `, read ${ago(s.refreshedAt, at)}` : '';
  return [`listing file: ${counted(s.papers, 'paper')}${read}`, ...problemsPart(s)];
}

/** "1. cat:cs.DC — arXiv query: 2,000 papers (12,431 on arXiv); refreshed 2 h ago; next refresh in 22 h". */
function sourceLine(s: SourceView, at: Date): Line {
  const parts = s.kind === 'query' ? queryParts(s, at) : fileParts(s, at);
  return [bold(`${s.n}. ${clip(s.label, SHOWN)}`), ` — ${parts.join('; ')}`];
}

/** A source for --json: its state, times as ISO strings; a file's key (which names the chat) left out. */
function sourceJson(s: SourceView): Record<string, unknown> {
  return {
    n: s.n,
    kind: s.kind,
    label: s.label,
    ...(s.kind === 'query' ? { query: s.key } : {}),
    papers: s.papers,
    ...(s.total !== undefined ? { total: s.total } : {}),
    ...(s.refreshedAt ? { refreshedAt: s.refreshedAt.toISOString() } : {}),
    ...(s.nextRefreshAt ? { nextRefreshAt: s.nextRefreshAt.toISOString() } : {}),
    ...(s.error ? { error: { at: s.error.at.toISOString(), message: s.error.message } } : {}),
    ...(s.fetching ? { fetching: s.fetching } : {}),
    problems: s.problems,
    addedAt: s.addedAt.toISOString(),
  };
}

/** A chat's sources, one a line, with how to change them; or, with none, the bot's listing it is served. */
export const sourcesKind: ReplyKind<'sources'> = {
  document: (reply) => {
    if (reply.sources.length === 0) {
      const blocks: Block[] = [
        ...(reply.served ? [paragraph(`Papers from: ${reply.served}`)] : []),
        paragraph(reply.howToAdd),
      ];
      return { title: { text: "This chat is served the bot's listing" }, blocks };
    }
    return {
      title: { text: "This chat's own listing", subtitle: counted(reply.sources.length, 'source') },
      blocks: [
        { type: 'list', items: reply.sources.map((s) => sourceLine(s, reply.at)) },
        ...notes([`/unfollow N removes source N; /listing reset returns to the bot's listing. ${reply.howToAdd}`]),
      ],
    };
  },
  json: (reply) => ({
    kind: reply.kind,
    sources: reply.sources.map(sourceJson),
    ...(reply.served ? { served: reply.served } : {}),
  }),
};
