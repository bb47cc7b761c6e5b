// The secrets the program was configured with (bot tokens, the webhook secret, the database
// password), kept in one place so that every way out (log lines, messages on stderr, HTTP
// answers) hides them by value, wherever they sit: in a URL, deep in an error, inside a string.

/** What a hidden secret is replaced with. */
export const REDACTED = '[redacted]';

/** Shorter values would hide ordinary words; a secret that short is no secret anyway. */
const MIN_LENGTH = 4;

// A Discord interaction's token is in the URLs of its replies (and so in a DiscordAPIError's url).
const INTERACTION_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]{20,}/g;

let forms: string[] = [];

/** Hides `value` from now on, as written, URL-encoded and JSON-escaped. Undefined and short values are ignored. */
export function keepSecret(value: string | undefined): void {
  if (value === undefined || value.length < MIN_LENGTH) return;
  const more = [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
  // Longest first, so a form containing another is replaced whole.
  forms = [...new Set([...forms, ...more])].sort((a, b) => b.length - a.length);
}

/** `text` with every kept secret, and any Discord interaction token in a URL, replaced by {@link REDACTED}. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.replaceAll(form, REDACTED);
  return out.includes('/interactions/') || out.includes('/webhooks/')
    ? out.replace(INTERACTION_TOKEN, `$1${REDACTED}`)
    : out;
}
