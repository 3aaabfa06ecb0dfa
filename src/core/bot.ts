/**
 * The bot: one entry point, `handle(message) -> Reply`, shared by every adapter.
 *
 * It cleans the input, sends `/command args` to the command registry and anything else to the
 * answering engine with the conversation's follow-up context, and turns a user's mistake into an
 * error reply. A bug anywhere below is caught here, once, logged with its stack, and answered
 * with a short apology. Every reply is defused (no pings) and carries its plain text.
 */
import type { DigestSetup } from "../digest/types.ts";
import type { KnowledgeBase } from "../knowledge/base.ts";
import { createLogger } from "../log.ts";
import { renderPlain } from "../render/plain.ts";
import { answerTurn, type AnswerFn } from "./answering.ts";
import { createRegistry } from "./commands/index.ts";
import { ConversationStore, type ConversationOptions } from "./conversations.ts";
import { requireArticles } from "./facts.ts";
import { peopleNamedIn, sidesNamedIn } from "./match.ts";
import { cleanInput, defuseDeep, MAX_INPUT_CHARS } from "./sanitize.ts";
import { capReply } from "./capList.ts";
import { UserError, type Command, type CommandContext, type ErrorReply, type IncomingMessage, type Logger, type Reply, type ReplyContent } from "./types.ts";

/** What a bot is made of. Everything with an effect is injected. */
export interface BotOptions {
  knowledge: KnowledgeBase;
  /** The time, for conversation expiry and the digest date. */
  clock: () => Date;
  /** Where bugs are reported. Default: a logger that writes errors to stderr. */
  logger?: Logger;
  /** Follow-up memory: a store to share, or options for a new one (default 30 minutes, 1000 conversations). */
  conversations?: ConversationStore | ConversationOptions;
  /** The commands. Default: every command in `core/commands`. */
  commands?: readonly Command[];
  /** The answering engine. Default: `answerQuestion` from `qa/answer.ts`. */
  answer?: AnswerFn;
  /**
   * The daily digest: when it is posted and where subscriptions are kept, for `/digest subscribe`,
   * `unsubscribe` and `status`. Default: none, and those say the daily digest is not available.
   */
  digest?: DigestSetup;
}

export interface Bot {
  /** Replies to one message. Never throws; the same state and message give the same reply. */
  handle(message: IncomingMessage): Reply;
  /** The registered commands, for help and platform registration. */
  readonly commands: readonly Command[];
}

const COMMAND = /^\/([\p{L}\p{N}_-]+)(?:\s+([\s\S]*))?$/u;

export function createBot(options: BotOptions): Bot {
  const { knowledge, clock } = options;
  const logger = options.logger ?? createLogger("warn");
  const registry = createRegistry(options.commands);
  const store = options.conversations instanceof ConversationStore ? options.conversations : new ConversationStore(clock, options.conversations);

  const ask = (key: string, question: string): ReplyContent => {
    requireArticles(knowledge);
    const turn = answerTurn(knowledge, question, store.context(key), options.answer);
    const people = turn.people.length ? turn.people : peopleNamedIn(knowledge, question);
    store.update(key, { people, sides: sidesNamedIn(knowledge, question), question });
    return turn.reply;
  };

  const respond = (message: IncomingMessage): ReplyContent => {
    const raw = typeof message.text === "string" ? message.text : "";
    // Cleaning is linear, but there is no point cleaning megabytes to refuse them.
    const text = raw.length > MAX_INPUT_CHARS * 8 ? raw : cleanInput(raw);
    if (!text) throw new UserError("empty_input", "Ask me a question about the news articles, or type /help to see what I can do (try /digest for a summary).");
    if (text.length > MAX_INPUT_CHARS) {
      throw new UserError("input_too_long", `That message is ${text.length.toLocaleString("en-US")} characters long; I read at most ${MAX_INPUT_CHARS.toLocaleString("en-US")}. Please ask a shorter question.`);
    }
    const key = `${String(message.platform)}:${String(message.conversation)}`;
    const command = COMMAND.exec(text) ?? (/^help[?!.]*$/i.test(text) ? ["", "help", ""] : null);
    if (!command) return ask(key, text);

    const name = command[1].toLowerCase();
    const handler = registry.get(name);
    if (!handler) {
      const close = registry.closest(name);
      throw new UserError("unknown_command", `There is no /${name} command.${close ? "" : ` Commands: ${registry.list().map((c) => `/${c.name}`).join(", ")}.`}`, {
        ...(close ? { suggestion: `/${close.name}`, usage: close.usage } : {}),
      });
    }
    const ctx: CommandContext = {
      knowledge,
      clock,
      commands: registry.list(),
      ask: (question) => ask(key, question),
      remember: (focus) => store.update(key, focus),
      platform: message.platform,
      ...(typeof message.channel === "string" && message.channel ? { channel: message.channel } : {}),
      ...(options.digest ? { digest: options.digest } : {}),
    };
    return capReply(handler.handler((command[2] ?? "").trim(), ctx));
  };

  return {
    commands: registry.list(),
    handle(message) {
      let content: ReplyContent;
      try {
        content = respond(message);
      } catch (e) {
        content = e instanceof UserError ? fromUserError(e) : apology(logger, message, e);
      }
      try {
        const safe = defuseDeep(content);
        return { ...safe, text: renderPlain(safe) };
      } catch (e) {
        const sorry = apology(logger, message, e);
        return { ...sorry, text: sorry.message };
      }
    },
  };
}

function fromUserError(e: UserError): ReplyContent {
  return { kind: "error", code: e.code, message: e.message, ...(e.suggestion ? { suggestion: e.suggestion } : {}), ...(e.usage ? { usage: e.usage } : {}) };
}

function apology(logger: Logger, message: IncomingMessage, error: unknown): ErrorReply {
  try {
    logger.error(`bot: failed to handle a ${String(message?.platform)} message in conversation ${String(message?.conversation)}`, error);
  } catch {
    // A broken logger must not turn an apology into a crash.
  }
  return { kind: "error", code: "internal", message: "Sorry, something went wrong on my side while handling that. It has been logged; please try again or ask differently." };
}
