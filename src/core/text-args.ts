import type { AnyCommand } from './command.js';
import { type OptionSpec, describeOptions } from './command-options.js';

/** A command line typed in a chat: "/search mixture of experts --limit 3". */
export interface CommandLine {
  name: string;
  /** What followed the name, untouched. */
  rest: string;
}

/** Splits "/name rest" (also "/name@bot rest"); null when the text is not a command. */
export function splitCommandLine(text: string): CommandLine | null {
  const m = /^\/([A-Za-z0-9_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return null;
  return { name: (m[1] as string).toLowerCase(), rest: (m[2] ?? '').trim() };
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

/**
 * Turns the text after a command name into arguments for its schema. `--name value` or
 * `--name=value` sets any option; a bare word equal to one of an option's choices sets that
 * option; the rest of the text is the main (first) option. Values stay as typed where they do
 * not convert, so validation can say what was wrong with them.
 */
export function parseTextArgs(command: AnyCommand, rest: string): Record<string, unknown> {
  const specs = describeOptions(command.options);
  const args: Record<string, unknown> = {};
  const free: string[] = [];
  const tokens = rest.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const flag = /^--([a-z0-9_]+)(?:=(.*))?$/.exec(token);
    const spec = flag ? specs.find((s) => s.name === flag[1]) : undefined;
    if (flag && spec) {
      let value = flag[2];
      if (value === undefined) {
        const next = tokens[i + 1];
        if (spec.type === 'boolean' && (next === undefined || next.startsWith('--'))) value = 'true';
        else { value = next ?? ''; i++; }
      }
      args[spec.name] = coerce(spec, value);
      continue;
    }
    const choice = specs.find((s, k) => k > 0 && s.choices?.includes(token.toLowerCase()) && args[s.name] === undefined);
    if (choice) {
      args[choice.name] = token.toLowerCase();
      continue;
    }
    free.push(token);
  }
  const main = specs[0];
  if (main && free.length > 0 && args[main.name] === undefined) {
    if (main.type === 'string') {
      args[main.name] = free.join(' ');
    } else {
      args[main.name] = coerce(main, free[0] as string);
      const second = specs[1];
      if (free.length > 1 && second?.type === 'string' && args[second.name] === undefined) {
        args[second.name] = free.slice(1).join(' ');
      }
    }
  }
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
    if (i === 0) parts.push(String(value));
    else if (spec.choices) parts.push(String(value));
    else parts.push(`--${spec.name} ${String(value)}`);
  });
  return parts.join(' ');
}
