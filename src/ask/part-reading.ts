import type { Paper } from '../listing/paper.js';
import type { PaperRef } from './read-paper.js';
import type { People } from './read-people.js';
import type { TypedQuestion } from './typed-question.js';

/** One question read: its typed query, or why it cannot be (a name or paper to choose, a field the listing lacks). */
export type PartReading =
  | {
      kind: 'question';
      explicit?: boolean;
      question: TypedQuestion;
      paper?: Paper;
      people: People;
      topic: string[];
      notes: string[];
    }
  | { kind: 'ambiguous'; people: People }
  | { kind: 'paper-candidates'; ref: Extract<PaperRef, { candidates: Paper[] }> }
  | { kind: 'missing'; what: string[] }
  | { kind: 'unknown-person'; name: string; asked: 'yesno' | 'other' }
  /** A "not", "without" or "except" followed by nothing the reader understood: never dropped. */
  | { kind: 'unread-negation'; text: string }
  /** "I need the paper about Raft leases": names the paper the next questions are about. */
  | { kind: 'reference'; paper: Paper };
