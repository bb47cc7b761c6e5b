import type { Answer } from '../ask/answer.js';
import type { AuthorCard, AuthorRef } from '../search/author-map.js';
import type { OptionSpec } from './command-options.js';
import type { Paper } from '../listing/paper.js';
import type { BibEntry } from '../export/bibtex.js';
import type { IndexStats } from '../search/listing-stats.js';
import type { SourceView } from '../sources/source-views.js';

/** A paper in a list, with its search score and snippet when it came from a search. */
export interface PaperItem {
  paper: Paper;
  score?: number;
  snippet?: string;
}

/** Where a paginated reply stands, and how to ask for another page: run `command` with `args` plus `page`. */
export interface Paging {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  command: string;
  args: Record<string, string | number | boolean>;
}

/** A command offered as a button on a paper: its button code and labels (see CommandButton). */
export interface PaperAction {
  code: string;
  label: string;
  listLabel?: string;
}

/** A command as help shows it. */
export interface CommandHelp {
  name: string;
  description: string;
  options: OptionSpec[];
  examples: string[];
}

/**
 * What a command answers: a small closed union. Each kind has one file in src/chat/documents that
 * makes it a document every platform renders; a new kind is a compile error there until it has one.
 */
export type Reply =
  | { kind: 'text'; title?: string; text: string }
  /** `asked`: the people asked about (an author:"…" filter), as the papers name them; entries keep them visible. */
  | {
      kind: 'papers';
      title: string;
      items: PaperItem[];
      paging?: Paging;
      notes?: string[];
      intro?: string;
      asked?: string[];
      /** Commands offered per listed paper; the pipeline fills them in. */
      actions?: PaperAction[];
    }
  | { kind: 'paper'; paper: Paper; actions?: PaperAction[] }
  | { kind: 'author'; card: AuthorCard; hiddenAuthors?: IndexStats['hiddenAuthors'] }
  | { kind: 'coauthors'; name: string; paperCount: number; coauthors: { name: string; count: number }[] }
  /** `nameAction`: the button code that runs `command` on a candidate; the pipeline fills it in. */
  | {
      kind: 'candidates';
      title: string;
      query: string;
      candidates: AuthorRef[];
      didYouMean: boolean;
      command: string;
      nameAction?: string;
    }
  /** `source`: where the papers come from ("arXiv query au:Mahajan, refreshed 2 h ago, 48 papers"). */
  | { kind: 'stats'; stats: IndexStats; source?: string }
  /** `chatOnly`: commands left out here because they work only in a Telegram or Discord chat. */
  | { kind: 'help'; commands: CommandHelp[]; topic?: string; source?: string; chatOnly?: string[] }
  /** `nameCommand`: the command a candidate's button runs; `nameAction` its button code, filled in by the pipeline. */
  | ({ kind: 'answer'; question: string; nameCommand?: string; nameAction?: string } & Answer)
  /**
   * A chat's own sources as /listing shows them, described as of `at`; with none, `served` says
   * which listing it gets instead. `howToAdd`: how to follow a query or send a file here.
   */
  | { kind: 'sources'; sources: SourceView[]; at: Date; served?: string; howToAdd: string }
  /** BibTeX entries: one shown as code, several sent as a .bib file. */
  | { kind: 'bibtex'; title: string; entries: BibEntry[] }
  | { kind: 'error'; message: string; hint?: string };

/** An error reply. */
export function errorReply(message: string, hint?: string): Reply {
  return hint === undefined ? { kind: 'error', message } : { kind: 'error', message, hint };
}

/** Cuts a list into one page; pages are 1-based and clamped to the last page. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
): { slice: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { slice: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount };
}
