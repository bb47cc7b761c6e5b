import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Bot, BotError, webhookCallback } from 'grammy';
import type { Update } from 'grammy/types';
import type { Log } from '../../base/log.js';

// Telegram waits about a minute for an answer; ours comes well before, the work going on after it.
const ANSWER_MS = 8_000;
// Updates are a few kilobytes; a body this large is none.
const MAX_BODY_BYTES = 1 << 20;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** A request that carried the right secret but no update. */
class NotAnUpdate extends Error {
  constructor(
    readonly reason: string,
    readonly bytes: number,
  ) {
    super(reason);
  }
}

/**
 * The webhook's request handler for node's http server: requests without the secret get 401, a
 * body that is not an update 400 (logged once, without the body); an update is answered within
 * Telegram's time limit while its work goes on.
 */
export function webhookHandler(
  bot: Bot,
  secret: string,
  log: Log,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const callback = webhookCallback(bot, nodeRequest, {
    secretToken: secret,
    timeoutMilliseconds: ANSWER_MS,
    onTimeout: 'return',
  });
  return async (req, res) => {
    try {
      await callback(req, res);
    } catch (err) {
      // Its context (the bot's token among it) is no part of what went wrong.
      if (err instanceof BotError) throw err.error;
      if (!(err instanceof NotAnUpdate)) throw err;
      log.warn({ reason: err.reason, bytes: err.bytes }, 'telegram: webhook request is not an update; answered 400');
      if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain', Connection: 'close' });
      res.end(`not an update: ${err.reason}`);
    }
  };
}

/** grammY's adapter for node's http, reading the body only once the secret matched (grammY checks it first). */
function nodeRequest(req: IncomingMessage, res: ServerResponse) {
  const header = req.headers[SECRET_HEADER];
  return {
    get update() {
      return readUpdate(req);
    },
    header: Array.isArray(header) ? header[0] : header,
    end: () => res.end(),
    respond: (json: string) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(json),
    unauthorized: () => res.writeHead(401, { 'Content-Type': 'text/plain' }).end('secret token is wrong'),
    // node's http server expects nothing back from a handler.
    handlerReturn: undefined,
  };
}

function readUpdate(req: IncomingMessage): Promise<Update> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_BODY_BYTES) chunks.push(chunk);
      else {
        req.off('data', onData);
        req.resume();
        reject(new NotAnUpdate(`larger than ${MAX_BODY_BYTES} bytes`, bytes));
      }
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      if (bytes > MAX_BODY_BYTES) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reject(new NotAnUpdate('not JSON', bytes));
      }
      if (!isUpdate(body)) return reject(new NotAnUpdate('JSON without a numeric update_id', bytes));
      resolve(body);
    });
  });
}

function isUpdate(body: unknown): body is Update {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    Number.isSafeInteger((body as { update_id?: unknown }).update_id)
  );
}
