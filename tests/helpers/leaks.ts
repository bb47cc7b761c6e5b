// The check run after every test (tests/setup-leaks.ts): no secret a scenario gave the bot (a
// token, the webhook secret, the database password) may appear in anything the bot printed,
// logged or sent. Subprocesses, loggers and fakes register what they capture here.
import { keepSecret } from '../../src/base/secrets.js';
import { type Logger, createLogger } from '../../src/app/logger.js';

/** Secrets shorter than this are not hidden by the program either (src/base/secrets.ts). */
const MIN_LENGTH = 4;

const secrets = new Set<string>();

interface Watched {
  what: string;
  text: () => string;
  /** Up to where the text was checked (less the longest secret, so one cut in two is still found). */
  checked: number;
  /** Resolves once all is captured (a subprocess's streams closed); absent: captured as it comes. */
  settled?: Promise<unknown>;
  /** Whether the capture ended (a subprocess exited), so `settled` is near. */
  ended?: () => boolean;
}

const watched = new Set<Watched>();

/**
 * Declares secrets of the scenario: checked for in every output from now on, and hidden by the
 * program's logger in this process, as loading the configuration does in the bot.
 */
export function testSecret(...values: (string | undefined)[]): void {
  for (const value of values) {
    if (value === undefined || value.length < MIN_LENGTH) continue;
    secrets.add(value);
    keepSecret(value);
  }
}

/** Whether `text` holds a secret declared so far. */
export function secretIn(text: string): boolean {
  for (const secret of secrets) if (text.includes(secret)) return true;
  return false;
}

/** The secrets in an environment as the bot reads it: tokens, the webhook secret, the database password. */
export function secretsOf(env: NodeJS.ProcessEnv): string[] {
  const found = [env['TELEGRAM_BOT_TOKEN'], env['DISCORD_TOKEN'], env['TELEGRAM_WEBHOOK_SECRET'], env['PGPASSWORD']];
  const url = env['ARXIVIST_DATABASE_URL'];
  if (url && URL.canParse(url)) found.push(decodeURIComponent(new URL(url).password));
  return found.filter((s): s is string => Boolean(s && s.length >= MIN_LENGTH));
}

/** From now on, `text()` is checked for every secret after each test. */
export function watchForSecrets(what: string, text: () => string, end?: Pick<Watched, 'settled' | 'ended'>): void {
  watched.add({ what, text, checked: 0, ...end });
}

/** A logger as the bot makes one (pino, secrets hidden), whose lines are checked; `onLine` sees each line too. */
export function watchedLogger(what: string, options: { level?: string; onLine?: (line: string) => void } = {}): Logger {
  let text = '';
  watchForSecrets(what, () => text);
  return createLogger(options.level ?? 'info', {
    destination: {
      write: (line: string) => {
        text += line;
        options.onLine?.(line);
      },
    },
  });
}

/**
 * Which secrets appeared in what was captured since the last look; a capture whose process ended
 * is waited for (up to `settleMs`) and then dropped.
 */
export async function leaks(settleMs = 2_000): Promise<string[]> {
  const found: string[] = [];
  const longest = Math.max(0, ...[...secrets].map((s) => s.length));
  for (const w of [...watched]) {
    const ended = w.ended?.() ?? false;
    if (ended && w.settled) await Promise.race([w.settled, new Promise((r) => setTimeout(r, settleMs).unref())]);
    const text = w.text();
    const from = Math.max(0, w.checked - longest);
    for (const secret of secrets) {
      // Only matches that end past what was checked: the others were reported already.
      let at = text.indexOf(secret, from);
      while (at >= 0 && at + secret.length <= w.checked) at = text.indexOf(secret, at + 1);
      if (at >= 0) found.push(`${w.what}: "${secret}" in …${text.slice(Math.max(0, at - 300), at + 100)}…`);
    }
    w.checked = text.length;
    if (ended) watched.delete(w);
  }
  return found;
}
