/**
 * The contract between briefbot's core and its adapters (console, Slack, Discord, the `ask` CLI).
 *
 * An adapter turns whatever its platform delivers into an {@link IncomingMessage}, hands it to the
 * bot, and renders the {@link Reply} it gets back. Nothing here knows about a platform.
 */
import type { DigestSetup } from "../digest/types.ts";
import type { KnowledgeBase } from "../knowledge/base.ts";

/** Where a message came from; adapters may add their own names. */
export type Platform = "console" | "slack" | "discord" | "cli" | "test" | (string & {});

/** A message as the core sees it, whatever platform it came from. */
export interface IncomingMessage {
  /** What the person typed: a question, or a command such as `/positions china`. Unsanitised. */
  text: string;
  /** Who sent it (platform user id); used only to tell people apart, never shown. */
  user: string;
  /** The conversation it belongs to (a DM, a thread, a channel, a console session); follow-ups are kept per conversation. */
  conversation: string;
  platform: Platform;
  /** The channel (or DM) it was posted in, where a reply or the daily digest can be posted; absent on the console and the CLI. */
  channel?: string;
}

/** The sentence a statement comes from. */
export interface Source {
  /** Article id (the file name without extension). */
  article: string;
  /** Article title. */
  title: string;
  /** Publication date `YYYY-MM-DD`, when known. */
  published?: string;
  /** Index of the sentence within its article (0-based). */
  index: number;
  /** The exact sentence. */
  sentence: string;
}

/** One line of a command's reply: a position, a person, a quote, a fact. */
export interface SectionItem {
  /** Plain text, no markup. For a quote (`quote: true`) the words exactly as printed, without quotation marks. */
  text: string;
  /** Who said or holds it, as the article names them. */
  speaker?: string;
  /** True when `text` is a quotation; renderers add the quotation marks. */
  quote?: boolean;
  /** The sentences it comes from, best first; may be empty for derived lines (counts, file names). */
  sources: Source[];
}

/** A headed group of lines: one side's positions, one person's quotes, one article's facts. */
export interface Section {
  heading: string;
  items: SectionItem[];
}

/** The stable codes of a user's mistake or a condition they can act on. */
export type UserErrorCode =
  | "empty_input"
  | "input_too_long"
  | "unknown_command"
  | "missing_argument"
  | "bad_argument"
  | "no_match"
  | "no_articles"
  /** The command cannot work here: `/digest subscribe` on the console, which has no channel to post to. */
  | "unavailable"
  | "internal";

/** A direct answer to a question, with the sentences that support it. */
export interface AnswerReply {
  kind: "answer";
  question: string;
  /** The short direct answer: a name, a place, a date, a number or one clause. */
  answer: string;
  /** Source sentences, best first. */
  sources: Source[];
  /** 0 to 1. */
  confidence: number;
}

/** The articles do not say; offers questions they can answer instead. */
export interface DeclinedReply {
  kind: "declined";
  question: string;
  /** Why, in a few words, for logs and tests (not shown as is). */
  reason?: string;
  /** Two or three questions or commands the bot can answer. */
  suggestions: string[];
}

/** A command's result: a title, optional intro, headed sections and an optional closing note. */
export interface SectionsReply {
  kind: "sections";
  /** The command's name without the slash: "positions". */
  command: string;
  /** First line: "Positions by side". */
  title: string;
  intro?: string;
  sections: Section[];
  note?: string;
  /** Render sources as sentence numbers rather than quoted sentences, to stay short (the digest). */
  compact?: boolean;
}

/** How one command is used, for `/help`. */
export interface CommandHelp {
  name: string;
  usage: string;
  description: string;
  example: string;
}

/** `/help`: every command, or one in detail. */
export interface HelpReply {
  kind: "help";
  commands: CommandHelp[];
  /** Set when help for one command was asked for. */
  detail?: CommandHelp & { options: CommandOption[] };
}

/** A user's mistake or a condition they can act on, or (code `internal`) an apology for a bug. */
export interface ErrorReply {
  kind: "error";
  code: UserErrorCode;
  message: string;
  /** "/positions": the closest command, for "did you mean". */
  suggestion?: string;
  /** How the command is used, when the mistake was in a command. */
  usage?: string;
}

/** What a command handler or the answering path produces; the bot adds the plain text. */
export type ReplyContent = AnswerReply | DeclinedReply | SectionsReply | HelpReply | ErrorReply;

/** The bot's reply: structured content, plus `text`, its plain-text rendering (the fallback on every platform). */
export type Reply = ReplyContent & { text: string };

/** One argument of a command, for `/help` and for registering slash commands on a platform. */
export interface CommandOption {
  /** Lower-case, no spaces (Discord's rule): "filter". */
  name: string;
  description: string;
  required: boolean;
  /** The only values it takes, when it is a choice ("subscribe", "unsubscribe", "status"); platforms may offer them as a menu. */
  choices?: readonly string[];
}

/** What a handler may use. Everything is injected, so the same input gives the same reply. */
export interface CommandContext {
  knowledge: KnowledgeBase;
  clock: () => Date;
  /** The other commands, for `/help` and suggestions. */
  commands: readonly Command[];
  /** Answers a question in the current conversation, as if typed in plain words. */
  ask: (question: string) => ReplyContent;
  /** Tells the conversation which people or sides the reply was about, for follow-up questions. */
  remember: (focus: { people?: string[]; sides?: string[] }) => void;
  /** The platform the message came from. */
  platform: Platform;
  /** The channel it came from, where a digest can be posted; absent on the console and the CLI. */
  channel?: string;
  /** The daily digest's time and subscriptions; absent when the bot was made without them (`BotOptions.digest`). */
  digest?: DigestSetup;
}

/** A command is data plus a handler; the registry, `/help` and platform registration read the data. */
export interface Command {
  /** Lower-case name without the slash: "positions". */
  name: string;
  /** One line, under 100 characters (Discord's limit). */
  description: string;
  /** "/positions [party or topic]". */
  usage: string;
  /** An invocation that works on any articles ("/who"), for places that cannot see them (registration). */
  example: string;
  /** A livelier example made from the articles at hand ("/who " and a name in them), for /help; none when they give nothing to show. */
  exampleFrom?: (kb: KnowledgeBase) => string | undefined;
  options: CommandOption[];
  /** Gets the text after the command name (trimmed, possibly ""). Throws {@link UserError} for a user's mistake. */
  handler: (args: string, ctx: CommandContext) => ReplyContent;
}

/** Logs with the injected logger; `error` receives the caught error so its stack is kept. */
export interface Logger {
  debug(message: string, data?: unknown): void;
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
  error(message: string, error?: unknown): void;
}

/**
 * A user's mistake: not a bug. Thrown by handlers, turned by the bot into an {@link ErrorReply}
 * with the same code, message, suggestion and usage. Never logged as an error.
 */
export class UserError extends Error {
  readonly code: UserErrorCode;
  readonly suggestion?: string;
  readonly usage?: string;

  constructor(code: UserErrorCode, message: string, extra: { suggestion?: string; usage?: string } = {}) {
    super(message);
    this.name = "UserError";
    this.code = code;
    if (extra.suggestion !== undefined) this.suggestion = extra.suggestion;
    if (extra.usage !== undefined) this.usage = extra.usage;
  }
}
