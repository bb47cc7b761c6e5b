import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** What a Prev/Next button re-runs: a command with its arguments, in the chat it was shown in. */
export interface PageState {
  command: string;
  args: Record<string, string | number | boolean>;
  /** Where the buttons were shown; a press from elsewhere is refused. */
  chatId: string;
}

/**
 * Keeps the state behind pagination buttons, since a query does not fit in Telegram's 64-byte
 * callback_data. Bounded (lru-cache): the least recently used go first, and their buttons then
 * answer "expired".
 */
export class PageStore {
  private readonly entries: LRUCache<string, PageState>;

  constructor(capacity = 5000) {
    this.entries = new LRUCache({ max: capacity });
  }

  /** Stores a state and returns its short token. */
  put(state: PageState): string {
    const token = randomBytes(6).toString('base64url');
    this.entries.set(token, state);
    return token;
  }

  /** The state behind a token, if it is still kept. */
  get(token: string): PageState | undefined {
    return this.entries.get(token);
  }
}
