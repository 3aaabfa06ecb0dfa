import type { Config } from "../src/config.ts";
import type { Bot } from "../src/core/bot.ts";
import type { Logger } from "../src/core/types.ts";

/** A running adapter: it feeds its platform's messages to the bot and sends back the replies. */
export interface Adapter {
  readonly name: string;
  /** Settles when the adapter ends by itself (the console at end of input); platform adapters never do. */
  readonly done: Promise<void>;
  /** Stops taking messages and releases connections; safe to call twice. */
  stop(): Promise<void>;
}

/** What `main` gives every adapter it starts. */
export interface AdapterDeps {
  bot: Bot;
  config: Config;
  logger: Logger;
}

/** Starts an adapter; `main` keeps one of these per platform. */
export type StartAdapter = (deps: AdapterDeps) => Promise<Adapter>;
