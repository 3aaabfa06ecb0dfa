/**
 * Slash commands, generated from the core's command registry: the JSON Discord registers, and the
 * text the core reads when one is used (`/positions china`). Nothing here is written by hand per
 * command, so a new command in `src/core/commands` appears on Discord at the next start.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Routes,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command, CommandOption } from "../../src/core/types.ts";

/** Discord's rule for option names (commands are checked by the registry). */
const OPTION_NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const MAX_OPTIONS = 25;
/** Discord's limits on an option's choices: how many, and the length of each. */
const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

/** One command as Discord's application-command JSON (a chat-input command with string options). */
export type SlashCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * A command as a slash command: its name and description, and one string option per
 * {@link CommandOption}, required ones first (Discord refuses a required option after an optional
 * one), offered as a menu when the option has choices. Usable in servers and in DMs with the bot.
 * Throws, naming the command and the option, for data Discord would refuse.
 */
export function slashCommand(command: Command): SlashCommandJson {
  if (command.options.length > MAX_OPTIONS) throw new Error(`discord: /${command.name} has ${command.options.length} options; Discord allows ${MAX_OPTIONS}`);
  for (const o of command.options) {
    if (!OPTION_NAME.test(o.name)) throw new Error(`discord: option '${o.name}' of /${command.name} must be 1 to 32 lower-case letters, digits, - or _`);
    if (!o.description || o.description.length > 100) throw new Error(`discord: option '${o.name}' of /${command.name} needs a description of 1 to 100 characters`);
    const choices = o.choices ?? [];
    if (choices.length > MAX_CHOICES || choices.some((c) => !c || c.length > MAX_CHOICE_CHARS)) {
      throw new Error(`discord: option '${o.name}' of /${command.name} may have up to ${MAX_CHOICES} choices of 1 to ${MAX_CHOICE_CHARS} characters`);
    }
  }
  const ordered = [...command.options.filter((o) => o.required), ...command.options.filter((o) => !o.required)];
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    options: ordered.map((o) => ({
      type: ApplicationCommandOptionType.String,
      name: o.name,
      description: o.description,
      required: o.required,
      ...(o.choices?.length ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
    })),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}

/** Every command of the registry as slash commands, in the registry's order. */
export function slashCommands(commands: readonly Command[]): SlashCommandJson[] {
  return commands.map(slashCommand);
}

/**
 * Replaces the application's global slash commands with these, in one bulk PUT to
 * `/applications/{applicationId}/commands` (commands no longer in the registry disappear).
 */
export async function registerCommands(rest: REST, applicationId: string, commands: readonly Command[]): Promise<void> {
  await rest.put(Routes.applicationCommands(applicationId), { body: slashCommands(commands) });
}

/**
 * The text the core reads for a slash command: `/name` and the option values in the command's
 * own order, skipping empty ones: `/positions china`. A command the registry no longer has (a
 * stale registration) becomes `/name` alone, and the core says it does not exist.
 */
export function commandText(name: string, options: readonly CommandOption[], valueOf: (option: string) => string | null): string {
  const values = options.map((o) => valueOf(o.name)?.trim() ?? "").filter(Boolean);
  return [`/${name}`, ...values].join(" ");
}
