import type { AnyCommand } from '../../chat/command.js';
import { digestReplies } from '../../chat/digest-replies.js';
import { paperActions } from '../../chat/reply-actions.js';
import type { Digest, DigestSender, PartProgress } from '../../digest/digest-service.js';
import type { ChatRef } from '../../digest/subscription.js';
import { renderText } from './render.js';

/** Prints the console chat's digests when they are due, as the chat's other replies are printed. */
export class ConsoleDigestSender implements DigestSender {
  readonly platform = 'console' as const;

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly commands: readonly AnyCommand[],
  ) {}

  async send(_chat: ChatRef, digest: Digest, progress: PartProgress): Promise<void> {
    for (const [part, reply] of digestReplies(digest, paperActions(this.commands)).entries()) {
      if (part < progress.from) continue;
      this.output.write(`\n${renderText(reply, this.commands)}\n`);
      await progress.sent(part + 1);
    }
  }
}
