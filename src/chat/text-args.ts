import type { AnyCommand } from './command.js';
import { type OptionSpec, describeOptions } from './command-options.js';

/** A command line typed in a chat: "/search mixture of experts --limit 3". */
export interface CommandLine {
  /** In lower case: chats match command names in any letter case. */
  name: string;
  /** The bot a group command is addressed to, as typed: "arxivist_bot" of "/search@arxivist_bot". */
  target?: string;
  /** What followed the name, trimmed. */
  rest: string;
}

/** Splits "/name rest" (also Telegram's "/name@bot rest"); null when the text is not a command. */
export function splitCommandLine(text: string): CommandLine | null {
  const m = /^\/(\w+)(?:@(\w+))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return null;
  const [, name = '', target, rest = ''] = m;
  return { name: name.toLowerCase(), ...(target ? { target } : {}), rest: rest.trim() };
}

function coerce(spec: OptionSpec, value: string): string | number | boolean {
  if (spec.type === 'integer' || spec.type === 'number') {
    return /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  if (spec.type === 'boolean') {
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    return value;
  }
  return value;
}

/** A command's options as text parsing sees them, with its free-text option if it has one. */
interface Schema {
  specs: OptionSpec[];
  textOption: OptionSpec | undefined;
}

/** The value of a `--name` flag typed as the following word(s) of `tokens[i]`, and the index of the last word taken. */
function flagValue(schema: Schema, spec: OptionSpec, tokens: string[], i: number): { value: string; last: number } {
  const next = tokens[i + 1];
  if (spec.type === 'boolean' && (next === undefined || next.startsWith('--'))) return { value: 'true', last: i };
  if (spec === schema.textOption) {
    // Free text runs until the next flag.
    const end = tokens.findIndex((t, k) => k > i && t.startsWith('--'));
    return { value: tokens.slice(i + 1, end < 0 ? undefined : end).join(' '), last: end < 0 ? tokens.length : end - 1 };
  }
  return { value: next ?? '', last: i + 1 };
}

/**
 * Sets an option from a word that is no flag: a choice or a pattern's match, or a leading
 * number for a numeric first option. False when the word is free text.
 */
function takeWord(schema: Schema, args: Record<string, unknown>, token: string, i: number, freeCount: number): boolean {
  const { specs, textOption } = schema;
  const lower = token.toLowerCase();
  const bare = specs.find(
    (s) =>
      args[s.name] === undefined &&
      s !== textOption &&
      ((s.choices?.includes(lower) && (s !== specs[0] || s.type === 'string')) || s.pattern?.test(token)),
  );
  // Bare words fill options only before the free text begins (or when there is none to take them).
  if (bare && (freeCount === 0 || !textOption)) {
    args[bare.name] = bare.choices ? lower : token;
    return true;
  }
  const first = specs[0];
  if (
    i === 0 &&
    first &&
    first !== textOption &&
    (first.type === 'integer' || first.type === 'number') &&
    args[first.name] === undefined
  ) {
    args[first.name] = coerce(first, token);
    return true;
  }
  return false;
}

/** Gives the free words to the text option, or else to an unset first option. */
function assignFree(schema: Schema, args: Record<string, unknown>, free: string[]): void {
  if (free.length === 0) return;
  const { specs, textOption } = schema;
  if (textOption && args[textOption.name] === undefined) args[textOption.name] = free.join(' ');
  else {
    // No text option to take them: hand the words to the first option, so validation can
    // say what was wrong with them rather than dropping them silently.
    const first = specs[0];
    if (first && args[first.name] === undefined) args[first.name] = coerce(first, free.join(' '));
  }
}

/**
 * Turns the text after a command name into arguments for its schema:
 * - `--name value` or `--name=value` sets any option;
 * - a bare word equal to one of an option's choices, or matching a text option's pattern
 *   (a time such as 09:00), sets that option;
 * - a leading number sets a numeric first option (`/latest 5`);
 * - the rest of the text is the command's free-text option (the first text option without
 *   choices or pattern: the query, the name, the question, the filter).
 * Values stay as typed where they do not convert, so validation can say what was wrong.
 */
export function parseTextArgs(command: AnyCommand, rest: string): Record<string, unknown> {
  const specs = describeOptions(command.options);
  const schema: Schema = { specs, textOption: specs.find((s) => s.type === 'string' && !s.choices && !s.pattern) };
  const args: Record<string, unknown> = {};
  const free: string[] = [];
  const tokens = rest.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const flag = /^--([a-z0-9_]+)(?:=(.*))?$/.exec(token);
    const spec = flag ? specs.find((s) => s.name === flag[1]) : undefined;
    if (flag && spec) {
      const { value, last } = flag[2] !== undefined ? { value: flag[2], last: i } : flagValue(schema, spec, tokens, i);
      args[spec.name] = coerce(spec, value);
      i = last;
      continue;
    }
    if (!takeWord(schema, args, token, i, free.length)) free.push(token);
  }
  assignFree(schema, args, free);
  return args;
}

/**
 * The text command that runs `name` with these arguments, the inverse of parseTextArgs:
 * "/search mixture of experts --limit 3 --page 2". Defaults are left out.
 */
export function formatCommandLine(command: AnyCommand, args: Record<string, unknown>): string {
  const specs = describeOptions(command.options);
  const parts = [`/${command.name}`];
  specs.forEach((spec, i) => {
    const value = args[spec.name];
    if (value === undefined || value === spec.default) return;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    parts.push(i === 0 || spec.choices ? text : `--${spec.name} ${text}`);
  });
  return parts.join(' ');
}

/**
 * How a command is typed in a text chat, following {@link parseTextArgs}:
 * "/search <query> [--limit N] [--page N]", "/latest [N] [new|revised] [--page N]".
 */
export function textUsage(help: { name: string; options: OptionSpec[] }): string {
  const textOption = help.options.find((s) => s.type === 'string' && !s.choices && !s.pattern);
  const parts = [`/${help.name}`];
  help.options.forEach((o, i) => {
    let text: string;
    if (o.choices) text = o.choices.join('|');
    else if (o === textOption) text = `<${o.name}>`;
    else if (o.pattern) text = `<${o.name}>`;
    else if (i === 0 && (o.type === 'integer' || o.type === 'number')) text = 'N';
    else text = `--${o.name}${o.type === 'boolean' ? '' : o.type === 'string' ? ` <${o.name}>` : ' N'}`;
    parts.push(o.required ? text : `[${text}]`);
  });
  return parts.join(' ');
}
