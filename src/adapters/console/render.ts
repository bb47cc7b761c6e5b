import type { AnyCommand } from '../../chat/command.js';
import { acceptedValues } from '../../chat/command-options.js';
import { formatDate } from '../../listing/dates.js';
import {
  askedAbout,
  authorCountText,
  extraMeta,
  hiddenAuthorsNote,
  paperDates,
  shortAuthors,
  shortenedNote,
} from '../../chat/format.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import type { CommandHelp, Paging, Reply } from '../../chat/reply.js';
import { formatCommandLine, textUsage as usage } from '../../chat/text-args.js';
import { CONSOLE_LIMITS } from './limits.js';

function wrap(text: string, indent: string, width = CONSOLE_LIMITS.width): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

function paperLine(n: number, paper: Paper, keep: ReadonlySet<string>, snippet?: string): string {
  const lines = [
    `${String(n).padStart(2)}. ${paper.title}`,
    `    ${shortAuthors(paper, 3, keep)} · ${paperDates(paper)} · ${paper.id}`,
  ];
  if (snippet) lines.push(wrap(snippet, '    '));
  return lines.join('\n');
}

/** How a text reply says where a list stands: `pageWords` where "next" and "prev" page it (the console chat). */
export interface TextOptions {
  pageWords?: boolean;
}

/** Plain-text rendering of a reply, for the console chat and the CLI; `commands` lets it spell out next-page commands. */
export function renderText(reply: Reply, commands: readonly AnyCommand[] = [], options: TextOptions = {}): string {
  return withoutControls(renderReply(reply, commands, options));
}

/** "Page 2 of 3. Type next for page 3, prev for page 1." */
function pageWordsLine(paging: Paging): string {
  const next = paging.page < paging.pageCount ? [`next for page ${paging.page + 1}`] : [];
  const prev = paging.page > 1 ? [`prev for page ${paging.page - 1}`] : [];
  return `Page ${paging.page} of ${paging.pageCount}. Type ${[...next, ...prev].join(', ')}.`;
}

// C0 and C1 control characters but newline and tab: an escape sequence in a listing or in what a
// user typed must not reach the terminal (ESC [2J clears it).
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text for a terminal: control characters removed. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

function renderReply(reply: Reply, commands: readonly AnyCommand[], options: TextOptions): string {
  const keep = askedAbout(reply);
  switch (reply.kind) {
    case 'text':
      return reply.title ? `${reply.title}\n${reply.text}` : reply.text;
    case 'papers': {
      const first = reply.paging ? (reply.paging.page - 1) * reply.paging.pageSize : 0;
      const lines = [
        ...(reply.intro ? [wrap(reply.intro, ''), ''] : []),
        reply.title,
        ...(reply.notes ?? []).map((n) => `(${n})`),
        '',
      ];
      reply.items.forEach((item, i) => lines.push(paperLine(first + i + 1, item.paper, keep, item.snippet), ''));
      const paging = reply.paging;
      if (paging && paging.pageCount > 1 && options.pageWords) lines.push(pageWordsLine(paging));
      else if (paging && paging.pageCount > 1) {
        const command = commands.find((c) => c.name === paging.command);
        const next = paging.page < paging.pageCount ? paging.page + 1 : 1;
        const how = command ? formatCommandLine(command, { ...paging.args, page: next }) : `--page ${next}`;
        lines.push(`Page ${paging.page} of ${paging.pageCount}. ${next === 1 ? 'First page' : 'Next'}: ${how}`);
      }
      return lines.join('\n').trimEnd();
    }
    case 'paper': {
      const p = reply.paper;
      const lines = [p.title, ''];
      lines.push(
        wrap(
          `Authors: ${p.authors.join(', ')}${p.hiddenAuthorCount ? `, and ${p.hiddenAuthorCount} more not shown` : ''} (${authorCountText(p)})`,
          '',
        ),
      );
      lines.push(
        `First version: ${formatDate(p.submitted)}   Latest version: ${formatDate(p.updated)}   Announced: ${formatDate(p.announced)}`,
      );
      if (p.arxivId) lines.push(`arXiv: ${p.arxivId}${p.categories.length ? `  [${p.categories.join(' ')}]` : ''}`);
      else if (p.categories.length) lines.push(`Categories: ${p.categories.join(' ')}`);
      if (p.comments) lines.push(`Comments: ${p.comments}`);
      if (p.journalRef) lines.push(`Journal ref: ${p.journalRef}`);
      if (p.doi) lines.push(`DOI: ${p.doi}`);
      for (const [label, value] of extraMeta(p)) lines.push(`${label}: ${value}`);
      lines.push('', wrap(p.abstract, ''), '');
      const shortened = shortenedNote(p);
      if (shortened) lines.push(wrap(shortened, ''), '');
      lines.push(`Link: ${paperUrl(p)}`);
      if (p.links.pdf) lines.push(`PDF: ${p.links.pdf}`);
      for (const url of p.urls) lines.push(`Code/link: ${url}`);
      lines.push(`Id: ${p.id}`);
      return lines.join('\n');
    }
    case 'author': {
      const c = reply.card;
      const lines = [
        `${c.name}: ${c.paperCount} paper${c.paperCount === 1 ? '' : 's'}, ${formatDate(c.first)} to ${formatDate(c.last)}`,
      ];
      if (c.coauthors.length) {
        lines.push(
          wrap(
            `Top coauthors: ${c.coauthors
              .slice(0, 8)
              .map((a) => `${a.name} (${a.count})`)
              .join(', ')}`,
            '',
          ),
        );
      }
      const hidden = hiddenAuthorsNote(reply.hiddenAuthors, c.name);
      if (hidden) lines.push(wrap(hidden, ''));
      lines.push('');
      c.papers.forEach((p, i) => lines.push(paperLine(i + 1, p, keep)));
      return lines.join('\n');
    }
    case 'coauthors': {
      const lines = [
        `${reply.name} has ${reply.coauthors.length} coauthor${reply.coauthors.length === 1 ? '' : 's'} over ${reply.paperCount} paper${reply.paperCount === 1 ? '' : 's'}:`,
      ];
      reply.coauthors
        .slice(0, CONSOLE_LIMITS.coauthors)
        .forEach((a) => lines.push(`  ${a.name}: ${a.count} shared paper${a.count === 1 ? '' : 's'}`));
      if (reply.coauthors.length > CONSOLE_LIMITS.coauthors)
        lines.push(`  … and ${reply.coauthors.length - CONSOLE_LIMITS.coauthors} more`);
      return lines.join('\n');
    }
    case 'candidates': {
      const lines = [reply.title];
      for (const c of reply.candidates)
        lines.push(`  ${c.name} (${c.paperCount} paper${c.paperCount === 1 ? '' : 's'})`);
      const first = reply.candidates[0];
      if (first) lines.push(`Try: /${reply.command} ${first.name}`);
      return lines.join('\n');
    }
    case 'stats': {
      const s = reply.stats;
      const lines = [
        `${s.papers} papers by ${s.authors} authors${s.oldest && s.newest ? `, ${formatDate(s.oldest)} to ${formatDate(s.newest)}` : ''}; ${s.revised} revised.`,
        `Per year: ${s.perYear.map((y) => `${y.year}: ${y.count}`).join(', ')}`,
        wrap(`Most prolific: ${s.topAuthors.map((a) => `${a.name} (${a.count})`).join(', ')}`, ''),
        wrap(`Frequent words: ${s.topTerms.map((t) => `${t.term} (${t.count})`).join(', ')}`, ''),
      ];
      const hidden = hiddenAuthorsNote(s.hiddenAuthors);
      if (hidden) lines.push(wrap(hidden, ''));
      if (reply.source) lines.push(wrap(`Source: ${reply.source}`, ''));
      return lines.join('\n');
    }
    case 'help': {
      if (reply.topic) {
        const c = reply.commands[0] as CommandHelp;
        const lines = [usage(c), `  ${c.description}`];
        for (const o of c.options) {
          lines.push(
            `  ${o.name}: ${o.description}${o.required ? '' : ' (optional)'}; ${acceptedValues(o)}${o.default !== undefined ? `, default ${String(o.default)}` : ''}`,
          );
        }
        if (c.examples.length) lines.push(`Examples: ${c.examples.map((e) => `/${e}`).join('   ')}`);
        return lines.join('\n');
      }
      const lines = ['Commands:'];
      for (const c of reply.commands) lines.push(`  ${usage(c)}\n      ${c.description}`);
      lines.push('', 'Plain text without a slash is a question (/ask). /help <command> explains one command.');
      if (reply.chatOnly) {
        const names = reply.chatOnly.map((n) => `/${n}`).join(', ');
        lines.push(wrap(`In a Telegram or Discord chat also: ${names} (digests).`, ''));
      }
      if (reply.source) lines.push(wrap(`Papers from: ${reply.source}`, ''));
      return lines.join('\n');
    }
    case 'answer': {
      const lines = [wrap(reply.answer, '')];
      if (!reply.declined && reply.understood) lines.push(`(understood: ${reply.understood})`);
      const shown = reply.papers.slice(0, CONSOLE_LIMITS.citedPapers);
      if (shown.length) lines.push('');
      shown.forEach((p, i) => lines.push(paperLine(i + 1, p, keep)));
      if (reply.papers.length > shown.length) lines.push(`    … and ${reply.papers.length - shown.length} more`);
      return lines.join('\n');
    }
    case 'bibtex':
      // Valid as a .bib file as it is: `arxivist bibtex … > refs.bib`.
      return [`% ${reply.title}`, ...reply.entries.map((e) => e.text)].join('\n\n');
    case 'error':
      return reply.hint ? `${reply.message}\n${reply.hint}` : reply.message;
  }
}
