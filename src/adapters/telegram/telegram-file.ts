import type { Api } from 'grammy';
import type { Document } from 'grammy/types';
import { MAX_FILE_BYTES, downloadableFile, tooLarge } from '../../chat/file-download.js';
import type { IncomingFile } from '../../chat/incoming-file.js';

/** Where the Bot API serves files: `${apiRoot}/file/bot<token>/<file_path>`. */
export interface FileServer {
  apiRoot: string;
  token: string;
}

/**
 * A document sent in a chat, downloaded only when a command reads it: getFile says where it is,
 * then a plain GET fetches it within the size limit (the Bot API serves at most 20 MB; ours is lower).
 */
export function telegramFile(api: Api, document: Document, server: FileServer): IncomingFile {
  const name = document.file_name ?? 'file';
  return downloadableFile(name, document.file_size ?? 0, async () => {
    const file = await api.getFile(document.file_id);
    if (file.file_size !== undefined && file.file_size > MAX_FILE_BYTES)
      throw tooLarge(name, MAX_FILE_BYTES, file.file_size);
    if (!file.file_path) throw new Error('getFile gave no file_path');
    return `${server.apiRoot}/file/bot${server.token}/${file.file_path}`;
  });
}
