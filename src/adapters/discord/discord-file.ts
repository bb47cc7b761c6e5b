import type { Attachment, ChatInputCommandInteraction } from 'discord.js';
import type { AnyCommand } from '../../chat/command.js';
import { MAX_FILE_BYTES, downloadableFile } from '../../chat/file-download.js';
import type { IncomingFile } from '../../chat/incoming-file.js';

/** The attachment option Discord shows on the command that takes files (type 11, ATTACHMENT). */
export const FILE_OPTION = {
  type: 11,
  name: 'file',
  description: `A file to read, at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  required: false,
} as const;

/** An attachment, downloaded from Discord's CDN only when the command reads it. */
export function attachmentFile(attachment: Attachment): IncomingFile {
  return downloadableFile(attachment.name, attachment.size, () => attachment.url);
}

/** The file given in a slash command's `file` option, when the command takes files. */
export function slashFile(interaction: ChatInputCommandInteraction, command?: AnyCommand): IncomingFile | undefined {
  const attachment = command?.takesFile ? interaction.options.getAttachment(FILE_OPTION.name) : null;
  return attachment ? attachmentFile(attachment) : undefined;
}
