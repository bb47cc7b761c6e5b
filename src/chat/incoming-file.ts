/** A file sent with a message (a Telegram document, a Discord attachment), read only when a command asks. */
export interface IncomingFile {
  name: string;
  /** Bytes, as the platform announced them. */
  size: number;
  read(): Promise<Uint8Array>;
}
