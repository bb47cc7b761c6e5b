// The bot in webhook mode (`npm start` with TELEGRAM_WEBHOOK_URL, SQLite; run in this process through runMain) against the fake Bot
// API: an update whose handling fails (the user blocked the bot) is logged without the token,
// and a request with the right secret whose body is not an update is answered 400, logged once
// without its body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { startBotInProcess } from './helpers/main.js';

const TOKEN = '424242:LEAK-webhook-token-value';
const SECRET = 'hook-secret-LEAK-value';
const HOOK = 'https://bot.example.test/telegram/hook';

let server: FakeTelegramServer;
let bot: Awaited<ReturnType<typeof startBotInProcess>>;
beforeAll(async () => {
  server = await new FakeTelegramServer(TOKEN).start();
  bot = await startBotInProcess({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.apiRoot,
    TELEGRAM_WEBHOOK_URL: HOOK,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });
  server.webhook.route = () => `${bot.base}/telegram/hook`;
});
afterAll(async () => {
  if (bot) {
    bot.stop();
    await bot.exited;
  }
  await server?.close();
});

/** The log lines of the bot, once one matches `match` (within a generous deadline). */
function lineMatching(match: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = bot.out.text.split('\n').find((l) => match.test(l));
      if (line === undefined) return;
      finish();
      resolve(line);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no log line matched ${match} in ${timeoutMs} ms:\n${bot.out.text.slice(-3000)}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      bot.output.off('data', check);
    };
    bot.output.on('data', check);
    check();
  });
}

function post(body: string, secret = SECRET): Promise<Response> {
  return fetch(`${bot.base}/telegram/hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body,
  });
}

describe('webhook mode, when handling an update fails', () => {
  it('logs what failed (the user blocked the bot) without the token, and Telegram is not asked again', async () => {
    const chat = { id: 7_300_001, type: 'private' as const, first_name: 'Bea' };
    const user = { id: chat.id, is_bot: false, first_name: 'Bea' };
    const blocked = { code: 403, description: 'Forbidden: bot was blocked by the user', chatId: chat.id };
    server.failNext('sendMessage', blocked);
    server.failNext('sendMessage', blocked);
    const update = server.userSays(chat, user, '/stats');
    const line = await lineMatching(/bot was blocked by the user/);
    expect(line).toMatch(/sendMessage/);
    expect(line).not.toContain('LEAK-webhook-token-value');
    expect(bot.out.text).not.toContain('LEAK-webhook-token-value');
    await server.webhook.idle();
    // No apology either: it could not be delivered.
    expect(server.calls.filter((c) => c.method === 'sendMessage' && c.params['chat_id'] === chat.id)).toHaveLength(1);
    // The failure was handled and answered 2xx: Telegram has no reason to send the update again.
    expect(server.webhook.attempts.filter((a) => a.updateId === update).map((a) => a.status)).toEqual([200]);
  });
});

describe('webhook mode, a body that is not an update', () => {
  it('is answered 400 when it carries the secret, logged once without the body; 401 without the secret', async () => {
    expect((await post('{"update_id": 1, "message": BODY-MARKER-one', 'not-the-secret')).status).toBe(401);
    const malformed = await post('{"update_id": 1, "message": BODY-MARKER-one');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toMatch(/not an update/i);
    for (const body of ['[1, 2]', '"BODY-MARKER-two"', '{"message": {"text": "BODY-MARKER-three"}}', ''])
      expect((await post(body)).status, body).toBe(400);
    // Five bodies refused, five lines; each names what happened and none carries the body.
    await lineMatching(/not an update/);
    const lines = () => bot.out.text.split('\n').filter((l) => /not an update/.test(l));
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (lines().length >= 5) {
          bot.output.off('data', check);
          resolve();
        }
      };
      bot.output.on('data', check);
      check();
      setTimeout(() => reject(new Error(`${lines().length} lines:\n${lines().join('\n')}`)), 20_000).unref();
    });
    expect(lines()).toHaveLength(5);
    expect(bot.out.text).not.toMatch(/BODY-MARKER|request failed/);
    // The server still serves updates afterwards.
    const chat = { id: 7_300_002, type: 'private' as const, first_name: 'Cy' };
    server.userSays(chat, { id: chat.id, is_bot: false, first_name: 'Cy' }, '/stats');
    expect((await server.waitForMessage(chat.id)).text).toMatch(/papers by/);
  });
});
