import { Writable } from 'node:stream';
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import { redactSecrets } from '../base/secrets.js';

/** The application's logger type. */
export type { Logger };

/** Fields that hold secrets by name; every configured secret is also hidden by value (base/secrets.ts). */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.TELEGRAM_BOT_TOKEN',
  'config.DISCORD_TOKEN',
  'TELEGRAM_BOT_TOKEN',
  'DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * A pino logger writing to `destination`, default stderr (stdout belongs to the console chat and
 * the CLI's JSON): pretty when that is a terminal and pino-pretty is installed, JSON lines
 * otherwise. Each line is written with the configured secrets replaced, however deep in an object
 * or a string they were.
 */
export function createLogger(
  level: string,
  options: { pretty?: boolean; destination?: DestinationStream & { isTTY?: boolean } } = {},
): Logger {
  const opts = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: { streamWrite: redactSecrets },
  };
  const pretty = options.pretty ?? Boolean(options.destination ? options.destination.isTTY : process.stderr.isTTY);
  if (pretty) {
    try {
      // pino-pretty is a development dependency: production images log JSON.
      const require = createRequire(import.meta.url);
      const prettyFactory = require('pino-pretty') as (o: object) => NodeJS.WritableStream;
      // pino-pretty writes to a stream; a bare { write } (the CLI's stderr function) is wrapped in one.
      const given = options.destination;
      const destination =
        given === undefined
          ? 2
          : 'on' in given
            ? given
            : new Writable({
                write(chunk: Buffer, _encoding, done) {
                  given.write(chunk.toString());
                  done();
                },
              });
      return pino(
        opts,
        prettyFactory({
          destination,
          sync: true,
          singleLine: true,
          ignore: 'pid,hostname',
          translateTime: 'HH:MM:ss',
        }) as never,
      );
    } catch {
      // Fall through to JSON.
    }
  }
  return pino(opts, options.destination ?? pino.destination({ fd: 2, sync: true }));
}
