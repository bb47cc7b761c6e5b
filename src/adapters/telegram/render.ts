import { type Button as ChatButton, type ReplyButtons, replyButtons } from '../../chat/buttons.js';
import { acceptedValues } from '../../chat/command-options.js';
import { formatDate } from '../../listing/dates.js';
import {
  FIELD_LIMITS,
  askedAbout,
  authorCountText,
  clip,
  extraMeta,
  hiddenAuthorsNote,
  paperDates,
  shortAuthors,
  shortenedNote,
} from '../../chat/format.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import type { CommandHelp, Reply } from '../../chat/reply.js';
import { textUsage } from '../../chat/text-args.js';
import { escapeHtml, escapedChunks, link } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';

/** An inline keyboard button. */
export interface Button {
  text: string;
  callback_data: string;
}

/** One Telegram message: HTML text and an optional inline keyboard. */
export interface TelegramMessage {
  /** The message's HTML, or a document's caption. */
  html: string;
  keyboard?: Button[][];
  /** A file to send with `html` as its caption (sendDocument). */
  document?: { name: string; content: string };
}

/** What the renderer needs to build buttons: the token of the stored page state, if any. */
export interface RenderOptions {
  pageToken?: string;
}

/** A reply's buttons as an inline keyboard: abstracts in rows of five, Prev/Next, one row per name. */
function keyboardOf(buttons: ReplyButtons): Button[][] {
  const key = (b: ChatButton): Button => ({ text: b.label, callback_data: b.data });
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.abstracts.length; i += 5) rows.push(buttons.abstracts.slice(i, i + 5).map(key));
  for (let i = 0; i < buttons.similar.length; i += 5) rows.push(buttons.similar.slice(i, i + 5).map(key));
  if (buttons.paper.length > 0) rows.push(buttons.paper.map(key));
  const nav = buttons.nav.filter((b) => !b.disabled).map(key);
  if (nav.length > 0) rows.push(nav);
  for (const c of buttons.candidates) rows.push([key(c)]);
  return rows;
}

/** Splits an HTML block that is too long at line ends (each line is whole HTML). */
function splitLines(block: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of block.split('\n')) {
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

/** Packs blocks of HTML into as few messages as fit, splitting only between blocks or lines. */
export function pack(blocks: string[], max: number = TELEGRAM_LIMITS.messageLength): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => (b.length > max ? splitLines(b, max) : [b]))) {
    const next = current ? `${current}\n\n${block}` : block;
    if (next.length > max && current) {
      messages.push(current);
      current = block;
    } else current = next;
  }
  if (current) messages.push(current);
  return messages;
}

function paperBlock(n: number | null, p: Paper, keep: ReadonlySet<string>, snippet?: string): string {
  const lines = [
    `${n !== null ? `${n}. ` : ''}<b>${link(paperUrl(p), clip(p.title, FIELD_LIMITS.title))}</b>`,
    `${escapeHtml(clip(shortAuthors(p, 2, keep), FIELD_LIMITS.authors))} · ${escapeHtml(paperDates(p))}`,
  ];
  if (snippet) lines.push(`<i>${escapeHtml(clip(snippet, FIELD_LIMITS.snippet))}</i>`);
  lines.push(`<code>${escapeHtml(p.id)}</code>`);
  return lines.join('\n');
}

function usage(c: CommandHelp): string {
  return escapeHtml(textUsage(c));
}

/**
 * Renders a reply as Telegram messages in HTML parse mode: every piece of listing or user text
 * escaped, each message within Telegram's length limit, split between papers when long.
 */
export function renderTelegram(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  const keyboard = keyboardOf(replyButtons(reply, options.pageToken));
  const keep = askedAbout(reply);
  const withKeyboard = (blocks: string[]): TelegramMessage[] => {
    const htmls = pack(blocks);
    return htmls.map((html, i) =>
      i === htmls.length - 1 && keyboard && keyboard.length ? { html, keyboard } : { html },
    );
  };
  switch (reply.kind) {
    case 'text':
      return withKeyboard(
        [
          reply.title ? `<b>${escapeHtml(clip(reply.title, FIELD_LIMITS.title))}</b>` : '',
          escapeHtml(reply.text),
        ].filter(Boolean),
      );
    case 'papers': {
      const paging = reply.paging;
      const first = paging ? (paging.page - 1) * paging.pageSize + 1 : 1;
      const head = [
        ...(reply.intro ? [escapeHtml(reply.intro), ''] : []),
        `<b>${escapeHtml(clip(reply.title, FIELD_LIMITS.title))}</b>`,
        ...(reply.notes ?? []).map((n) => `<i>${escapeHtml(n)}</i>`),
      ].join('\n');
      const blocks = [head, ...reply.items.map((item, i) => paperBlock(first + i, item.paper, keep, item.snippet))];
      if (paging && paging.pageCount > 1) blocks.push(`<i>Page ${paging.page} of ${paging.pageCount}</i>`);
      return withKeyboard(blocks);
    }
    case 'paper': {
      const p = reply.paper;
      const shown = p.authors.slice(0, TELEGRAM_LIMITS.detailAuthors);
      const more = p.authors.length - shown.length + p.hiddenAuthorCount;
      const names = clip(shown.map((a) => clip(a, FIELD_LIMITS.author)).join(', '), FIELD_LIMITS.authors);
      const meta = [
        `<b>${link(paperUrl(p), clip(p.title, FIELD_LIMITS.title))}</b>`,
        `${escapeHtml(names)}${more > 0 ? ` and ${more} more` : ''} <i>(${escapeHtml(authorCountText(p))})</i>`,
        `First version ${escapeHtml(formatDate(p.submitted))} · latest ${escapeHtml(formatDate(p.updated))} · announced ${escapeHtml(formatDate(p.announced))}`,
      ];
      if (p.arxivId)
        meta.push(
          `arXiv ${link(p.links.abs ?? paperUrl(p), p.arxivId)}${p.categories.length ? ` · ${escapeHtml(clip(p.categories.join(' '), FIELD_LIMITS.categories))}` : ''}`,
        );
      if (p.comments) meta.push(`Comments: ${escapeHtml(clip(p.comments, FIELD_LIMITS.meta))}`);
      if (p.journalRef) meta.push(`Journal ref: ${escapeHtml(clip(p.journalRef, FIELD_LIMITS.meta))}`);
      if (p.doi) meta.push(`DOI: ${escapeHtml(clip(p.doi, FIELD_LIMITS.meta))}`);
      for (const [label, value] of extraMeta(p)) meta.push(`${label}: ${escapeHtml(clip(value, FIELD_LIMITS.meta))}`);
      const shortened = shortenedNote(p);
      const tail = [...(p.links.pdf ? [link(p.links.pdf, 'PDF')] : []), ...p.urls.map((u) => link(u, u))];
      // Abstract paragraphs are cut from plain text, so a cut never falls inside an entity.
      const blocks = [
        meta.join('\n'),
        ...p.abstract.split('\n').flatMap((para) => escapedChunks(para, TELEGRAM_LIMITS.messageLength - 100)),
      ];
      if (shortened) blocks.push(`<i>${escapeHtml(shortened)}</i> ${link(paperUrl(p), 'Open')}`);
      if (tail.length) blocks.push(tail.join(' · '));
      blocks.push(`<code>${escapeHtml(p.id)}</code>`);
      return withKeyboard(blocks);
    }
    case 'author': {
      const c = reply.card;
      const head = [
        `<b>${escapeHtml(c.name)}</b>: ${c.paperCount} paper${c.paperCount === 1 ? '' : 's'}, ${escapeHtml(formatDate(c.first))} to ${escapeHtml(formatDate(c.last))}`,
      ];
      if (c.coauthors.length)
        head.push(
          `Top coauthors: ${escapeHtml(
            c.coauthors
              .slice(0, 8)
              .map((a) => `${a.name} (${a.count})`)
              .join(', '),
          )}`,
        );
      const hidden = hiddenAuthorsNote(reply.hiddenAuthors, c.name);
      if (hidden) head.push(`<i>${escapeHtml(hidden)}</i>`);
      const blocks = [head.join('\n'), ...c.papers.map((p, i) => paperBlock(i + 1, p, keep))];
      return withKeyboard(blocks);
    }
    case 'coauthors': {
      const lines = reply.coauthors.map((a) => `${escapeHtml(a.name)}: ${a.count}`);
      return withKeyboard([
        `<b>${escapeHtml(reply.name)}</b> has ${reply.coauthors.length} coauthor${reply.coauthors.length === 1 ? '' : 's'} over ${reply.paperCount} paper${reply.paperCount === 1 ? '' : 's'}:`,
        lines.join('\n'),
      ]);
    }
    case 'candidates': {
      const lines = reply.candidates.map(
        (c) => `• ${escapeHtml(c.name)} (${c.paperCount} paper${c.paperCount === 1 ? '' : 's'})`,
      );
      return withKeyboard([`<b>${escapeHtml(clip(reply.title, FIELD_LIMITS.title))}</b>`, lines.join('\n')]);
    }
    case 'stats': {
      const s = reply.stats;
      return withKeyboard([
        `<b>${s.papers} papers</b> by ${s.authors} authors${s.oldest && s.newest ? `, ${escapeHtml(formatDate(s.oldest))} to ${escapeHtml(formatDate(s.newest))}` : ''}; ${s.revised} revised.`,
        `<b>Per year</b>: ${s.perYear.map((y) => `${y.year}: ${y.count}`).join(', ')}`,
        `<b>Most prolific</b>: ${escapeHtml(s.topAuthors.map((a) => `${a.name} (${a.count})`).join(', '))}`,
        `<b>Frequent words</b>: ${escapeHtml(s.topTerms.map((t) => `${t.term} (${t.count})`).join(', '))}`,
        ...(hiddenAuthorsNote(s.hiddenAuthors)
          ? [`<i>${escapeHtml(hiddenAuthorsNote(s.hiddenAuthors) as string)}</i>`]
          : []),
        ...(reply.source ? [`<b>Source</b>: ${escapeHtml(reply.source)}`] : []),
      ]);
    }
    case 'help': {
      if (reply.topic) {
        const c = reply.commands[0] as CommandHelp;
        const lines = [`<b>${usage(c)}</b>`, escapeHtml(c.description)];
        for (const o of c.options)
          lines.push(
            `• <code>${escapeHtml(o.name)}</code>: ${escapeHtml(o.description)}${o.required ? '' : ' (optional)'}; ${escapeHtml(acceptedValues(o))}`,
          );
        if (c.examples.length)
          lines.push(`Examples: ${c.examples.map((e) => `<code>/${escapeHtml(e)}</code>`).join(' ')}`);
        return withKeyboard([lines.join('\n')]);
      }
      const lines = reply.commands.map((c) => `${usage(c)}\n   ${escapeHtml(c.description)}`);
      return withKeyboard([
        '<b>Commands</b>',
        lines.join('\n'),
        'In a private chat, just write your question. In a group, mention me or reply to my message.',
        ...(reply.source ? [`<i>Papers from: ${escapeHtml(reply.source)}</i>`] : []),
      ]);
    }
    case 'answer': {
      const head = [escapeHtml(reply.answer)];
      if (!reply.declined && reply.understood) head.push(`<i>Understood: ${escapeHtml(reply.understood)}</i>`);
      const cited = reply.papers.slice(0, TELEGRAM_LIMITS.citedPapers);
      const blocks = [head.join('\n'), ...cited.map((p, i) => paperBlock(i + 1, p, keep))];
      if (reply.papers.length > cited.length) blocks.push(`<i>… and ${reply.papers.length - cited.length} more</i>`);
      return withKeyboard(blocks);
    }
    case 'bibtex': {
      const [only] = reply.entries;
      const block = only
        ? `<b>${escapeHtml(reply.title)}</b>\n<pre><code class="language-bibtex">${escapeHtml(only.text)}</code></pre>`
        : '';
      if (reply.entries.length === 1 && block.length <= TELEGRAM_LIMITS.messageLength) return withKeyboard([block]);
      const name = reply.entries.length === 1 && only ? `${only.key}.bib` : 'references.bib';
      const content = `${reply.entries.map((e) => e.text).join('\n\n')}\n`;
      return [{ html: escapeHtml(reply.title).slice(0, TELEGRAM_LIMITS.caption), document: { name, content } }];
    }
    case 'error':
      return withKeyboard([
        `⚠️ ${escapeHtml(clip(reply.message, 3000))}${reply.hint ? `\n<i>${escapeHtml(clip(reply.hint, 800))}</i>` : ''}`,
      ]);
  }
}
