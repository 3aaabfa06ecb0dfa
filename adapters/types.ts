import type { Config } from "../src/config.ts";
import type { Bot } from "../src/core/bot.ts";
import type { IncomingMessage, Logger, Reply } from "../src/core/types.ts";

/** A running adapter: it feeds its platform's messages to the bot and sends back the replies. */
export interface Adapter {
  readonly name: string;
  /** Settles when the adapter ends by itself (the console at end of input); platform adapters never do. */
  readonly done: Promise<void>;
  /** Stops taking messages and releases connections; safe to call twice. */
  stop(): Promise<void>;
  /**
   * Posts a reply, unprompted, to a channel of this platform (the daily digest), by the channel id
   * an {@link IncomingMessage} carried. Absent where there is nowhere to post (the console).
   * Rejects when the platform refuses (the bot was removed from the channel); the caller logs it.
   */
  post?(channel: string, reply: Reply): Promise<void>;
}

/** What `main` gives every adapter it starts. */
export interface AdapterDeps {
  bot: Bot;
  config: Config;
  logger: Logger;
}

/** Starts an adapter; `main` keeps one of these per platform. */
export type StartAdapter = (deps: AdapterDeps) => Promise<Adapter>;
