import type { AnyCommand } from '../../chat/command.js';
import { type OptionSpec, describeOptions } from '../../chat/command-options.js';
import { FILE_OPTION } from './discord-file.js';

/** Discord's application command option types used here. */
const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

/** The JSON of one slash-command option, built from the command's zod schema. */
export function slashOption(spec: OptionSpec, autocomplete: boolean) {
  return {
    type: OPTION_TYPE[spec.type],
    name: spec.name,
    description: spec.description.slice(0, 100),
    required: spec.required,
    ...(spec.choices ? { choices: spec.choices.map((c) => ({ name: c, value: c })) } : {}),
    ...(autocomplete && !spec.choices ? { autocomplete: true } : {}),
    ...(spec.min !== undefined ? { min_value: spec.min } : {}),
    ...(spec.max !== undefined ? { max_value: spec.max } : {}),
    ...(spec.minLength !== undefined ? { min_length: spec.minLength } : {}),
    ...(spec.maxLength !== undefined ? { max_length: spec.maxLength } : {}),
  };
}

/**
 * The slash-command JSON for Discord's bulk overwrite, one flat command per shared command:
 * options in declaration order (main argument first; required before optional is checked at
 * start-up), types, limits and choices from zod, autocomplete where the command suggests values,
 * and an attachment option on the command that takes files.
 */
export function slashCommands(commands: readonly AnyCommand[]) {
  return commands.map((c) => ({
    name: c.name,
    description: c.description,
    type: 1,
    options: [
      ...describeOptions(c.options).map((spec) => slashOption(spec, Boolean(c.suggest?.[spec.name]))),
      // Optional, so it comes last: optional options follow required ones.
      ...(c.takesFile ? [FILE_OPTION] : []),
    ],
    // Managing a channel's digests needs Manage Channels (1 << 4) by default; admins can change it.
    ...(c.adminOnly ? { default_member_permissions: String(1 << 4) } : {}),
    // Usable in servers and in DMs with the bot.
    contexts: [0, 1, 2],
    integration_types: [0],
  }));
}
