import type { z } from 'zod';

/** One command option as adapters need it, read from the command's zod schema. */
export interface OptionSpec {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  required: boolean;
  /** Default value when the option is left out. */
  default?: string | number | boolean;
  choices?: string[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  /** A text option's pattern: a bare word matching it fills this option in text chats. */
  pattern?: RegExp;
}

/** The object schema that declares a command's options. */
export type OptionsSchema = z.ZodObject<Record<string, z.ZodType>>;

interface ZodLike {
  description?: string;
  options?: readonly unknown[];
  minLength?: number | null;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  format?: string | null;
  isInt?: boolean;
  def: {
    type: string;
    innerType?: ZodLike;
    defaultValue?: unknown;
    checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[];
  };
}

/**
 * Reads a command's options from its zod schema, in declaration order: the first option is the
 * command's main argument (the query, the name, the question).
 */
export function describeOptions(schema: OptionsSchema): OptionSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let node = field as unknown as ZodLike;
    let required = true;
    let description = node.description;
    let def: unknown;
    while (node.def.type === 'optional' || node.def.type === 'default') {
      required = false;
      if (node.def.type === 'default') {
        const d = node.def.defaultValue;
        def = typeof d === 'function' ? (d as () => unknown)() : d;
      }
      node = node.def.innerType as ZodLike;
      description ??= node.description;
    }
    const spec: OptionSpec = { name, type: 'string', description: description ?? name, required };
    switch (node.def.type) {
      case 'number':
        spec.type = node.isInt || node.format === 'safeint' ? 'integer' : 'number';
        if (node.minValue != null && Number.isFinite(node.minValue)) spec.min = node.minValue;
        if (node.maxValue != null && Number.isFinite(node.maxValue)) spec.max = node.maxValue;
        break;
      case 'boolean':
        spec.type = 'boolean';
        break;
      case 'enum':
        spec.choices = (node.options ?? []).map(String);
        break;
      case 'string':
        if (node.minLength != null) spec.minLength = node.minLength;
        if (node.maxLength != null) spec.maxLength = node.maxLength;
        for (const check of node.def.checks ?? []) {
          if (check._zod.def.format === 'regex' && check._zod.def.pattern) spec.pattern = check._zod.def.pattern;
        }
        break;
      default:
        throw new Error(`command options: unsupported zod type "${node.def.type}" for option "${name}"`);
    }
    if (typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean') spec.default = def;
    return spec;
  });
}

/** What an option accepts, in words: "a whole number from 1 to 20". */
export function acceptedValues(spec: OptionSpec): string {
  if (spec.choices) return `one of ${spec.choices.join(', ')}`;
  if (spec.type === 'boolean') return 'true or false';
  if (spec.type === 'integer' || spec.type === 'number') {
    const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
    if (spec.min !== undefined && spec.max !== undefined) return `${kind} from ${spec.min} to ${spec.max}`;
    if (spec.min !== undefined) return `${kind} of at least ${spec.min}`;
    if (spec.max !== undefined) return `${kind} of at most ${spec.max}`;
    return kind;
  }
  if (spec.maxLength !== undefined) return `text of at most ${spec.maxLength} characters`;
  return 'text';
}

/** A user-facing sentence for the first problem zod found with a command's arguments. */
export function describeIssue(
  issues: readonly z.core.$ZodIssue[],
  specs: OptionSpec[],
  args: Record<string, unknown>,
): string {
  const issue = issues[0];
  if (!issue) return 'invalid arguments';
  const name = String(issue.path[0] ?? '');
  const spec = specs.find((s) => s.name === name);
  if (!spec) return issue.message;
  const given = args[name];
  if (given === undefined || given === '') {
    const what = spec.type === 'string' && !spec.choices ? spec.description : acceptedValues(spec);
    return `Missing ${spec.name}: ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  }
  if (spec.type === 'string' && !spec.choices && typeof given === 'string') {
    if (spec.maxLength !== undefined && given.length > spec.maxLength) {
      return `${spec.name} is too long (${given.length} characters); at most ${spec.maxLength}`;
    }
    if (given.trim().length === 0) return `${spec.name} is empty: give ${spec.description}`;
  }
  const text = typeof given === 'string' ? given : (JSON.stringify(given) ?? 'nothing');
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `${spec.name} must be ${acceptedValues(spec)}, not "${shown}"`;
}
