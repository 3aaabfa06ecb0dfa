/**
 * Slack's payloads -> the core's {@link IncomingMessage}: which messages to answer, what the person
 * typed (without the bot's mention, Slack's link markup and its `&amp;` escaping), which
 * conversation a message belongs to (for follow-up questions) and where the reply goes.
 *
 * Payloads enter as `unknown`: Bolt types them but does not check them.
 */
import type { IncomingMessage } from "../../src/core/types.ts";

/** A message to answer, and the thread the answer goes in (none: straight in the channel or DM). */
export interface Turn {
  message: IncomingMessage;
  threadTs?: string;
}

/** A message the adapter does not answer, and why (for the debug log). */
export interface Ignored {
  ignored: string;
}

/**
 * An `app_mention` event: a mention in a channel, answered in the thread it starts (or is in), so
 * the thread is the conversation and follow-ups that mention the bot there keep their context.
 */
export function fromMention(event: unknown, botUserId: string | undefined): Turn | Ignored {
  const e = read(event);
  const skip = whyIgnore(e, botUserId);
  if (skip) return { ignored: skip };
  const thread = e.threadTs ?? e.ts;
  return { message: message(e, botUserId, `${e.channel}:${thread}`), threadTs: thread };
}

/**
 * A `message` event. Only direct messages (IMs) are answered: a DM is one conversation, answered
 * in place; a thread inside a DM is its own conversation, answered in that thread.
 */
export function fromDirectMessage(event: unknown, botUserId: string | undefined): Turn | Ignored {
  const e = read(event);
  if (e.channelType !== "im") return { ignored: `a message in a ${e.channelType ?? "unknown"} channel (only DMs and mentions are answered)` };
  const skip = whyIgnore(e, botUserId);
  if (skip) return { ignored: skip };
  return e.threadTs ? { message: message(e, botUserId, `${e.channel}:${e.threadTs}`), threadTs: e.threadTs } : { message: message(e, botUserId, e.channel) };
}

/**
 * A slash command (`/positions china`) as the core's command text. The channel is the
 * conversation, so slash commands and messages in the same DM share their follow-up context.
 */
export function fromSlashCommand(payload: unknown): IncomingMessage {
  const p = isRecord(payload) ? payload : {};
  const name = str(p.command) ?? "/";
  const args = slackText(str(p.text) ?? "", undefined);
  const channel = str(p.channel_id) ?? "";
  return { text: args ? `${name} ${args}` : name, user: str(p.user_id) ?? "", conversation: channel, platform: "slack", channel };
}

/**
 * What a person typed, from Slack's message text: the bot's own mention (`<@U123>`,
 * `<@U123|briefbot>`) removed, links (`<https://x|label>`) turned into their label or address, and
 * `&amp;`, `&lt;`, `&gt;` decoded. Other mentions are left for the core, which cleans them.
 */
export function slackText(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId.replace(/[^\w]/g, "")}(?:\\|[^<>]*)?>`, "g") : undefined;
  return (own ? text.replace(own, " ") : text)
    .replace(/<((?:https?|mailto|tel):[^<>|\s]*)(?:\|([^<>]*))?>/g, (_m, url: string, label?: string) => label || url.replace(/^(mailto|tel):/, ""))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .trim();
}

interface MessageFields {
  channel: string;
  user?: string;
  text: string;
  ts: string;
  threadTs?: string;
  subtype?: string;
  botId?: string;
  channelType?: string;
}

/** Why a message must not be answered: from a bot (this one included), an edit or another subtype, or incomplete. */
function whyIgnore(e: MessageFields, botUserId: string | undefined): string | undefined {
  if (e.botId || e.subtype === "bot_message") return "a bot's message";
  if (e.subtype) return `a ${e.subtype} message`;
  if (!e.user || !e.channel || !e.ts) return "a message without its user, channel or time";
  if (botUserId && e.user === botUserId) return "the bot's own message";
  return undefined;
}

function message(e: MessageFields, botUserId: string | undefined, conversation: string): IncomingMessage {
  return { text: slackText(e.text, botUserId), user: e.user ?? "", conversation, platform: "slack", channel: e.channel };
}

function read(event: unknown): MessageFields {
  const e = isRecord(event) ? event : {};
  return {
    channel: str(e.channel) ?? "",
    ...(str(e.user) ? { user: str(e.user) } : {}),
    text: str(e.text) ?? "",
    ts: str(e.ts) ?? "",
    ...(str(e.thread_ts) ? { threadTs: str(e.thread_ts) } : {}),
    ...(str(e.subtype) ? { subtype: str(e.subtype) } : {}),
    ...(str(e.bot_id) ? { botId: str(e.bot_id) } : {}),
    ...(str(e.channel_type) ? { channelType: str(e.channel_type) } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}
