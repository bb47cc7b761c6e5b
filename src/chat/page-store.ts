import { randomBytes } from 'node:crypto';
import { MemoryState, type SharedState } from '../base/shared-state.js';

/** What a Prev/Next button re-runs: a command with its arguments, in the chat it was shown in. */
export interface PageState {
  command: string;
  args: Record<string, string | number | boolean>;
  /** Where the buttons were shown; a press from elsewhere is refused. */
  chatId: string;
}

// Buttons older than this answer "expired".
const PAGE_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Keeps the state behind pagination buttons, since a query does not fit in Telegram's 64-byte
 * callback_data. In shared state, so that a button works on any instance of the bot, not only
 * the one that sent it; in memory (bounded) when the bot runs alone.
 */
export class PageStore {
  constructor(private readonly state: SharedState = new MemoryState(5_000)) {}

  /** Stores a state and returns its short token. */
  async put(state: PageState): Promise<string> {
    const token = randomBytes(6).toString('base64url');
    await this.state.put(`page:${token}`, JSON.stringify(state), PAGE_TTL_MS);
    return token;
  }

  /** The state behind a token, if it is still kept. */
  async get(token: string): Promise<PageState | undefined> {
    const json = await this.state.get(`page:${token}`);
    return json === undefined ? undefined : (JSON.parse(json) as PageState);
  }
}
