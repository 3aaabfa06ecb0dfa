/**
 * Messages: the bot answers every DM and every server message that mentions it (its user, or the
 * role Discord gives it in each server), and nothing from bots, webhooks or itself. Each channel,
 * thread or DM is one conversation, so follow-up questions work there.
 */
import type { Message } from "discord.js";
import type { Bot } from "../../src/core/bot.ts";
import { renderDiscord, type DiscordPost } from "./render.ts";

/**
 * What a message asks the bot, without the mentions of the bot; `undefined` when the message is
 * not for it. An empty string (a bare mention) is still a question: the core answers it with a hint.
 */
export function questionIn(message: Message, me: string): string | undefined {
  if (message.author.bot || message.author.id === me || message.webhookId || message.system) return undefined;
  if (!message.inGuild()) return withoutMentionsOf(message.content, me);
  const role = message.guild.members.me?.roles.botRole?.id;
  // mentions.users also holds the author of a message replied to with a ping, so replying to the bot asks it.
  const mentioned = message.mentions.users.has(me) || (role !== undefined && message.mentions.roles.has(role));
  return mentioned ? withoutMentionsOf(message.content, me, role) : undefined;
}

/** The text without `<@id>`, `<@!id>` (the bot's user) and `<@&role>` (its role), trimmed. */
export function withoutMentionsOf(text: string, userId: string, roleId?: string): string {
  const bot = new RegExp(`<@!?${userId}>${roleId ? `|<@&${roleId}>` : ""}`, "g");
  return text.replace(bot, " ").trim();
}

/**
 * Answers a question asked in a message: a reply to it, then any further posts in the same channel.
 * The conversation is the channel's id: a thread has an id of its own, so each thread is a
 * conversation apart from its parent channel, and a DM is its channel.
 */
export async function answerMessage(message: Message, question: string, bot: Bot): Promise<void> {
  const reply = bot.handle({ text: question, user: message.author.id, conversation: message.channelId, platform: "discord", channel: message.channelId });
  const [first, ...rest] = renderDiscord(reply);
  await message.reply(first);
  for (const post of rest) await sendTo(message, post);
}

async function sendTo(message: Message, post: DiscordPost): Promise<void> {
  if (!message.channel.isSendable()) throw new Error(`discord: cannot post in channel ${message.channelId}`);
  await message.channel.send(post);
}
