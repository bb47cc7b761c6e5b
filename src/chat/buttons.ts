import type { Reply } from './reply.js';

/** A button as every platform shows it: its label, and the data a press sends back. */
export interface Button {
  label: string;
  /** At most {@link BUTTON_DATA_BYTES} bytes: Telegram's callback_data limit, within Discord's custom_id. */
  data: string;
  /** Shown greyed out where the platform can (Discord); left out where it cannot (Telegram). */
  disabled?: boolean;
}

/** What a button press asks for. */
export type ButtonAction =
  | { kind: 'page'; token: string; page: number }
  | { kind: 'abstract'; paperId: string }
  /** Runs a command on one paper: its similar papers, its BibTeX. */
  | { kind: 'paper'; command: PaperCommand; paperId: string }
  /** Runs a command on a candidate's name: the one that listed the candidates. */
  | { kind: 'name'; command: NameCommand; name: string };

/** The commands a paper's own buttons run. */
export type PaperCommand = 'similar' | 'bibtex';

const PAPER_PREFIX: Record<PaperCommand, string> = { similar: 'si', bibtex: 'bx' };

/** The commands whose ambiguous names come back as candidate buttons. */
export type NameCommand = 'author' | 'coauthors';

export const BUTTON_DATA_BYTES = 64;

const NAME_PREFIX: Record<NameCommand, string> = { author: 'au', coauthors: 'co' };

/** The data a button sends back for an action. */
export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'page':
      return `pg:${action.token}:${action.page}`;
    case 'abstract':
      return `ab:${action.paperId}`;
    case 'paper':
      return `${PAPER_PREFIX[action.command]}:${action.paperId}`;
    case 'name':
      return `${NAME_PREFIX[action.command]}:${action.name}`;
  }
}

/** The action behind a button's data; undefined for data this bot never made. */
export function decodeButton(data: string): ButtonAction | undefined {
  const colon = data.indexOf(':');
  const [kind, rest] = [data.slice(0, colon), data.slice(colon + 1)];
  if (colon < 0 || !rest) return undefined;
  if (kind === 'pg') {
    const [token, page] = rest.split(':');
    const n = Number(page);
    return token && Number.isInteger(n) && n > 0 ? { kind: 'page', token, page: n } : undefined;
  }
  if (kind === 'ab') return { kind: 'abstract', paperId: rest };
  if (kind === 'si') return { kind: 'paper', command: 'similar', paperId: rest };
  if (kind === 'bx') return { kind: 'paper', command: 'bibtex', paperId: rest };
  if (kind === 'au') return { kind: 'name', command: 'author', name: rest };
  if (kind === 'co') return { kind: 'name', command: 'coauthors', name: rest };
  return undefined;
}

function button(label: string, action: ButtonAction, disabled?: boolean): Button | undefined {
  const data = encodeButton(action);
  if (Buffer.byteLength(data, 'utf8') > BUTTON_DATA_BYTES) return undefined;
  return disabled === undefined ? { label, data } : { label, data, disabled };
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/** The buttons of a reply, by row: Prev/Next, "Abstract" and "Similar" per listed paper, a paper's own, one per candidate name. */
export interface ReplyButtons {
  nav: Button[];
  abstracts: Button[];
  similar: Button[];
  /** Under one paper's details: Similar and BibTeX. */
  paper: Button[];
  candidates: Button[];
}

/** The buttons a reply carries on every platform; paging needs the token its state is kept under. */
export function replyButtons(reply: Reply, pageToken?: string): ReplyButtons {
  const out: ReplyButtons = { nav: [], abstracts: [], similar: [], paper: [], candidates: [] };
  if (reply.kind === 'papers') {
    const paging = reply.paging;
    const first = paging ? (paging.page - 1) * paging.pageSize + 1 : 1;
    out.abstracts = reply.items
      .map((item, i) => button(`Abstract ${first + i}`, { kind: 'abstract', paperId: item.paper.id }))
      .filter(defined);
    out.similar = reply.items
      .map((item, i) => button(`Similar ${first + i}`, { kind: 'paper', command: 'similar', paperId: item.paper.id }))
      .filter(defined);
    if (paging && paging.pageCount > 1 && pageToken) {
      out.nav = [
        button('◀ Prev', { kind: 'page', token: pageToken, page: Math.max(1, paging.page - 1) }, paging.page <= 1),
        button(
          'Next ▶',
          { kind: 'page', token: pageToken, page: Math.min(paging.pageCount, paging.page + 1) },
          paging.page >= paging.pageCount,
        ),
      ].filter(defined);
    }
  }
  if (reply.kind === 'paper') {
    const paperId = reply.paper.id;
    out.paper = [
      button('Similar papers', { kind: 'paper', command: 'similar', paperId }),
      button('BibTeX', { kind: 'paper', command: 'bibtex', paperId }),
    ].filter(defined);
  }
  if (reply.kind === 'author') {
    out.abstracts = reply.card.papers
      .slice(0, 10)
      .map((paper, i) => button(`Abstract ${i + 1}`, { kind: 'abstract', paperId: paper.id }))
      .filter(defined);
  }
  const names: { command: NameCommand; names: string[] } | undefined =
    reply.kind === 'candidates' && (reply.command === 'author' || reply.command === 'coauthors')
      ? { command: reply.command, names: reply.candidates.map((c) => c.name) }
      : reply.kind === 'answer'
        ? { command: 'author' as const, names: (reply.candidates ?? []).map((c) => c.name) }
        : undefined;
  if (names) {
    out.candidates = names.names
      .slice(0, 10)
      .map((name) => button(name, { kind: 'name', command: names.command, name }))
      .filter(defined);
  }
  return out;
}
