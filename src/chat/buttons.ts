import type { Paper } from '../listing/paper.js';
import type { Paging, PaperAction, Reply } from './reply.js';

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
  /** Runs the command whose button code is `code` on `arg`: a paper's id, or a name. */
  | { kind: 'run'; code: string; arg: string };

export const BUTTON_DATA_BYTES = 64;

/** The data a button sends back for an action. */
export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'page':
      return `pg:${action.token}:${action.page}`;
    case 'abstract':
      return `ab:${action.paperId}`;
    case 'run':
      return `${action.code}:${action.arg}`;
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
  return /^[a-z]{2}$/.test(kind) ? { kind: 'run', code: kind, arg: rest } : undefined;
}

function button(label: string, action: ButtonAction, disabled?: boolean): Button | undefined {
  const data = encodeButton(action);
  if (Buffer.byteLength(data, 'utf8') > BUTTON_DATA_BYTES) return undefined;
  return disabled === undefined ? { label, data } : { label, data, disabled };
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/** The buttons of a reply, by row: Prev/Next, "Abstract" and the list actions ("Similar") per listed paper, a paper's own, one per candidate name. */
export interface ReplyButtons {
  nav: Button[];
  abstracts: Button[];
  /** Per listed paper, for each command offered on lists (Similar). */
  similar: Button[];
  /** Under one paper's details: Similar and BibTeX. */
  paper: Button[];
  candidates: Button[];
}

/** Numbered buttons per listed paper: "Abstract 3", and one row's worth per list action. */
function listButtons(papers: readonly Paper[], first: number, actions: readonly PaperAction[]) {
  const abstracts = papers
    .map((paper, i) => button(`Abstract ${first + i}`, { kind: 'abstract', paperId: paper.id }))
    .filter(defined);
  const perItem = actions.flatMap((a) =>
    a.listLabel
      ? papers.map((paper, i) => button(`${a.listLabel} ${first + i}`, { kind: 'run', code: a.code, arg: paper.id }))
      : [],
  );
  return { abstracts, similar: perItem.filter(defined) };
}

function pageButtons(paging: Paging, pageToken: string): Button[] {
  return [
    button('◀ Prev', { kind: 'page', token: pageToken, page: Math.max(1, paging.page - 1) }, paging.page <= 1),
    button(
      'Next ▶',
      { kind: 'page', token: pageToken, page: Math.min(paging.pageCount, paging.page + 1) },
      paging.page >= paging.pageCount,
    ),
  ].filter(defined);
}

/**
 * The buttons a reply carries on every platform. Commands offered as buttons come with the reply
 * (`actions`, `nameAction`), so this layer names none; paging needs the token its state is kept under.
 */
export function replyButtons(reply: Reply, pageToken?: string): ReplyButtons {
  const out: ReplyButtons = { nav: [], abstracts: [], similar: [], paper: [], candidates: [] };
  if (reply.kind === 'papers') {
    const paging = reply.paging;
    const first = paging ? (paging.page - 1) * paging.pageSize + 1 : 1;
    Object.assign(
      out,
      listButtons(
        reply.items.map((item) => item.paper),
        first,
        reply.actions ?? [],
      ),
    );
    if (paging && paging.pageCount > 1 && pageToken) out.nav = pageButtons(paging, pageToken);
  }
  if (reply.kind === 'paper') {
    const paperId = reply.paper.id;
    out.paper = (reply.actions ?? [])
      .map((a) => button(a.label, { kind: 'run', code: a.code, arg: paperId }))
      .filter(defined);
  }
  if (reply.kind === 'author') out.abstracts = listButtons(reply.card.papers.slice(0, 10), 1, []).abstracts;
  const names = reply.kind === 'candidates' || reply.kind === 'answer' ? (reply.candidates ?? []) : [];
  const code = (reply.kind === 'candidates' || reply.kind === 'answer') && reply.nameAction;
  if (code) {
    out.candidates = names
      .slice(0, 10)
      .map((c) => button(c.name, { kind: 'run', code, arg: c.name }))
      .filter(defined);
  }
  return out;
}
