/**
 * Slash commands: acknowledged at once with `deferReply()` (Discord allows 3 seconds), answered by
 * the core as `/name args`, then shown by editing the deferred reply (further posts follow up).
 */
import type { ChatInputCommandInteraction } from "discord.js";
import type { Bot } from "../../src/core/bot.ts";
import { commandText } from "./commands.ts";
import { renderDiscord, type DiscordPost } from "./render.ts";

/** Answers one slash command. The conversation is the channel (or thread, or DM) it was used in. */
export async function answerCommand(interaction: ChatInputCommandInteraction, bot: Bot): Promise<void> {
  await interaction.deferReply();
  const command = bot.commands.find((c) => c.name === interaction.commandName);
  const text = commandText(interaction.commandName, command?.options ?? [], (name) => interaction.options.getString(name));
  const channel = interaction.channelId;
  const reply = bot.handle({ text, user: interaction.user.id, conversation: channel, platform: "discord", channel });
  const [first, ...rest] = renderDiscord(reply);
  await interaction.editReply(first);
  for (const post of rest) await interaction.followUp(post);
}

/** Tells the person their command failed, however far it got: a reply, an edit of the deferred one, or a follow-up. */
export async function apologiseFor(interaction: ChatInputCommandInteraction, post: DiscordPost): Promise<void> {
  if (interaction.replied) await interaction.followUp(post);
  else if (interaction.deferred) await interaction.editReply(post);
  else await interaction.reply(post);
}
