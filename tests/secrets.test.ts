// The configured secrets are hidden by value in every log line and HTTP answer, wherever they sit.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.js';
import { createLogger } from '../src/app/logger.js';
import { startHttpServer } from '../src/ops/http-server.js';
import { PrometheusMetrics } from '../src/ops/prometheus.js';
import { captureLog } from './helpers/digest-env.js';

const TOKEN = '555111:UNIT-telegram-token';
const DISCORD = 'MTE.UNIT-discord.token-value';
const HOOK_SECRET = 'hook-UNIT-secret';
const PASSWORD = 'p@ss"w/rd:UNIT';
const ENCODED = encodeURIComponent(PASSWORD);

loadConfig({
  TELEGRAM_BOT_TOKEN: TOKEN,
  DISCORD_TOKEN: DISCORD,
  DISCORD_APPLICATION_ID: '123456789012345678',
  TELEGRAM_WEBHOOK_SECRET: HOOK_SECRET,
  ARXIVIST_DATABASE_URL: `postgres://bot:${ENCODED}@db.example:5432/arxivist`,
});

/** Every way each secret could be written: as is, URL-encoded, JSON-escaped. */
const FORMS = [TOKEN, DISCORD, HOOK_SECRET, PASSWORD, ENCODED, JSON.stringify(PASSWORD).slice(1, -1), 'UNIT'];

function logged(write: (log: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  write(createLogger('info', { destination: { write: (line: string) => lines.push(line) } }));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('secrets in log lines', () => {
  it('are hidden deep in an object, in an error and its cause, in a URL inside a message, JSON-escaped', () => {
    // As grammY throws them: a network error whose cause names the URL (token in its path), and a
    // context holding the API with its token, several levels down.
    const cause = new Error(
      `request to http://127.0.0.1:9/bot${TOKEN}/sendMessage failed, reason: connect ECONNREFUSED`,
    );
    const err = Object.assign(new Error("Network request for 'sendMessage' failed!"), {
      error: cause,
      ctx: { update: { update_id: 7 }, api: { token: TOKEN, options: { apiRoot: 'http://127.0.0.1:9' } } },
    });
    const line = logged((log) =>
      log.error(
        {
          err,
          deep: { a: { b: { c: { headers: { Authorization: `Bot ${DISCORD}` }, password: PASSWORD } } } },
          url: `postgres://bot:${ENCODED}@db.example:5432/arxivist`,
          hook: `https://bot.example/hook?secret=${HOOK_SECRET}`,
        },
        `telegram: update failed with ${HOOK_SECRET}`,
      ),
    );
    for (const form of FORMS) expect(line).not.toContain(form);
    // Still valid JSON, still saying what failed.
    const parsed = JSON.parse(line) as { msg: string; err: { message: string; error: { message: string } } };
    expect(parsed.msg).toBe('telegram: update failed with [redacted]');
    expect(parsed.err.error.message).toBe(
      'request to http://127.0.0.1:9/bot[redacted]/sendMessage failed, reason: connect ECONNREFUSED',
    );
    expect(line).toContain('postgres://bot:[redacted]@db.example:5432/arxivist');
  });

  it("hide a Discord interaction's token in the URL of a failed reply, keeping its id", () => {
    const interaction = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
    const line = logged((log) =>
      log.error(
        { err: { url: `https://discord.com/api/v10/interactions/1234567890/${interaction}/callback` } },
        'discord: interaction failed',
      ),
    );
    expect(line).not.toContain(interaction);
    expect(line).toContain('/interactions/1234567890/[redacted]/callback');
  });
});

describe('secrets in HTTP answers', () => {
  it('/healthz does not repeat a secret quoted by a failing check', async () => {
    const metrics = new PrometheusMetrics();
    const http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      health: async () => ({ store: { ok: false, detail: `cannot reach postgres://bot:${ENCODED}@db.example` } }),
      metrics,
      log: captureLog(),
    });
    closers.push(() => http.close());
    const r = await fetch(`http://127.0.0.1:${http.port}/healthz`);
    expect(r.status).toBe(503);
    const body = await r.text();
    for (const form of FORMS) expect(body).not.toContain(form);
    expect(JSON.parse(body)).toMatchObject({
      checks: { store: { detail: 'cannot reach postgres://bot:[redacted]@db.example' } },
    });
  });
});
