import type { ListingOrigin } from '../listing/listing-origin.js';
import type { ChatSourceRow } from '../listing/source-store.js';
import type { PaperIndex } from '../search/paper-index.js';

/** The papers a chat is served, and where they come from. */
export interface ChatView {
  index: PaperIndex;
  origin?: ListingOrigin;
  /** The chat has sources of its own (else it is served the bot's listing). */
  own: boolean;
}

/** A chat's source as /listing shows it, numbered from 1 in the order added. */
export interface SourceView extends ChatSourceRow {
  n: number;
  /** A fetch this process is doing now: results read, of how many. */
  fetching?: { fetched: number; target: number };
}

/** What a follow did. */
export interface Followed {
  query: string;
  /** Papers arXiv has for it. */
  total: number;
  /** Papers that will be kept: the newest, up to ARXIVIST_ARXIV_MAX. */
  following: number;
  /** Requests to arXiv the first fetch takes. */
  requests: number;
  /** The chat followed it already. */
  already: boolean;
}

/** What a listing file sent in the chat gave. */
export interface FileRead {
  name: string;
  papers: number;
  /** Located problems ("line 12: …"). */
  problems: string[];
  /** A file of the same name was replaced. */
  replaced: boolean;
}
