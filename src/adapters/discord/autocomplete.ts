import type { AutocompleteInteraction } from 'discord.js';
import type { AnyCommand } from '../../chat/command.js';
import type { PaperIndex } from '../../search/paper-index.js';
import { DISCORD_LIMITS } from './limits.js';

/** Suggests author names or paper titles of the chat's papers; must answer fast, since autocomplete cannot be deferred. */
export async function autocomplete(
  interaction: AutocompleteInteraction,
  commands: readonly AnyCommand[],
  papers: PaperIndex,
): Promise<void> {
  const command = commands.find((c) => c.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const kind = command?.suggest?.[focused.name];
  const index = papers;
  const typed = String(focused.value ?? '').slice(0, 100);
  const max = DISCORD_LIMITS.autocompleteChoices;
  const clip = (s: string) =>
    s.length > DISCORD_LIMITS.choiceLength ? `${s.slice(0, DISCORD_LIMITS.choiceLength - 1)}…` : s;
  let choices: { name: string; value: string }[] = [];
  if (kind === 'authors') {
    choices = index.authors
      .complete(typed, max)
      .map((a) => ({ name: clip(`${a.name} (${a.paperCount})`), value: clip(a.name) }));
  } else if (kind === 'titles') {
    // The value is the paper id, so the chosen title resolves exactly.
    choices = index.completeTitles(typed, max).map((p) => ({ name: clip(p.title), value: p.id.slice(0, 100) }));
  }
  await interaction.respond(choices.slice(0, max));
}
