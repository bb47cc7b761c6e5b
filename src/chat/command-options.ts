import { z } from 'zod';

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

/** The part of a JSON Schema property that option specs are read from. */
interface JsonProperty {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

const specsOf = new WeakMap<OptionsSchema, OptionSpec[]>();

/** Bounds zod writes for any safe integer: no bound the user needs to hear of. */
const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);

/**
 * Reads a command's options from its zod schema through `z.toJSONSchema`, in declaration order
 * (the first option is the command's main argument: the query, the name, the question). Computed
 * once per schema. Throws, naming the option, for a type no platform can offer.
 */
export function describeOptions(schema: OptionsSchema): OptionSpec[] {
  const known = specsOf.get(schema);
  if (known) return known;
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, JsonProperty>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const specs = Object.entries(json.properties ?? {}).map(([name, p]): OptionSpec => {
    const type = p.enum ? 'string' : p.type;
    if (type !== 'string' && type !== 'integer' && type !== 'number' && type !== 'boolean') {
      throw new Error(`command options: unsupported type "${p.type ?? 'unknown'}" for option "${name}"`);
    }
    const spec: OptionSpec = { name, type, description: p.description ?? name, required: required.has(name) };
    if (typeof p.default === 'string' || typeof p.default === 'number' || typeof p.default === 'boolean')
      spec.default = p.default;
    if (p.enum) spec.choices = p.enum.map(String);
    const [min, max] = [bound(p.minimum), bound(p.maximum)];
    if (min !== undefined) spec.min = min;
    if (max !== undefined) spec.max = max;
    if (p.minLength !== undefined) spec.minLength = p.minLength;
    if (p.maxLength !== undefined) spec.maxLength = p.maxLength;
    if (p.pattern !== undefined) spec.pattern = new RegExp(p.pattern);
    return spec;
  });
  specsOf.set(schema, specs);
  return specs;
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
