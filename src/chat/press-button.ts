import { decodeButton } from './buttons.js';
import { type AnyCommand, type CommandContext, mainOption } from './command.js';
import type { PageStore } from './page-store.js';
import type { Reply } from './reply.js';
import type { Outgoing, Turn } from './turn.js';

/** What a button press needs of the pipeline: the commands, running one, and the page state. */
export interface ButtonHost {
  readonly pages: PageStore;
  readonly commands: readonly AnyCommand[];
  command(name: string): AnyCommand | undefined;
  execute(command: AnyCommand, args: Record<string, unknown>, turn: Turn): Promise<Reply>;
  contextOf(turn: Turn): Promise<CommandContext>;
  pageToken(reply: Reply, chatId: string | undefined): Promise<string | undefined>;
}

const NOT_MINE = 'This button is not mine, or it is too old.';
const notice = (text: string): Outgoing => ({ kind: 'notice', text });

/** Another page of a list: its command run again, with the arguments kept under the button's token. */
async function turnPage(pipeline: ButtonHost, token: string, page: number, turn: Turn): Promise<Outgoing> {
  const state = await pipeline.pages.get(token);
  if (!state) return notice('This button has expired. Please run the command again.');
  if (state.chatId !== turn.chatId) return notice('This button belongs to another chat.');
  const command = pipeline.command(state.command);
  if (!command) return notice('That command no longer exists.');
  const reply = await pipeline.execute(command, { ...state.args, page }, turn);
  return { kind: 'page', reply, pageToken: token };
}

/** What a press of a button with `data` does: a notice, another page, an abstract, or a command's reply. */
export async function pressButton(pipeline: ButtonHost, data: string, turn: Turn): Promise<Outgoing> {
  const action = decodeButton(data);
  const papers = (await pipeline.contextOf(turn)).index;
  switch (action?.kind) {
    case 'page':
      return turnPage(pipeline, action.token, action.page, turn);
    case 'abstract': {
      const paper = papers.get(action.paperId);
      if (!paper) return notice('That paper is no longer in the listing.');
      return { kind: 'abstract', reply: { kind: 'paper', paper } };
    }
    case 'run': {
      const command = pipeline.commands.find((c) => c.button?.code === action.code);
      const main = command && mainOption(command);
      if (!command?.button || !main) return notice(NOT_MINE);
      if (command.button.on === 'paper' && !papers.get(action.arg))
        return notice('That paper is no longer in the listing.');
      const reply = await pipeline.execute(command, { [main]: action.arg }, turn);
      const pageToken = await pipeline.pageToken(reply, turn.chatId);
      return pageToken ? { kind: 'reply', reply, pageToken } : { kind: 'reply', reply };
    }
    default:
      return notice(NOT_MINE);
  }
}
