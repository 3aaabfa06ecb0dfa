/**
 * The console adapter: a REPL over the same core as Slack and Discord. It prompts when a person
 * is at a terminal, and reads piped input line by line (`echo "where are the talks?" | npm start`),
 * ending at end of input. One session is one conversation, so follow-up questions work.
 */
import { createInterface } from "node:readline";
import type { Bot } from "../../src/core/bot.ts";
import type { Adapter } from "../types.ts";

/** Options of {@link startConsole}. */
export interface ConsoleOptions {
  bot: Bot;
  /** Default `process.stdin`. */
  input?: NodeJS.ReadableStream;
  /** Default `process.stdout`. */
  output?: NodeJS.WritableStream;
  /** Prompt and greet. Default: whether the input is a terminal. */
  interactive?: boolean;
  /** Conversation id of the session. Default `console`. */
  conversation?: string;
  /** User id of the session. Default `console`. */
  user?: string;
}

const PROMPT = "briefbot> ";
const GREETING = "briefbot: ask about the news articles in plain words, or type /help. Type exit (or Ctrl+D) to leave.\n";
const LEAVE = /^(?:exit|quit|\/exit|\/quit)$/i;

export function startConsole(options: ConsoleOptions): Adapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const conversation = options.conversation ?? "console";
  const user = options.user ?? "console";
  const rl = createInterface({ input, ...(interactive ? { output, terminal: true } : { terminal: false }), prompt: PROMPT });
  const done = new Promise<void>((resolve) => rl.once("close", () => resolve()));
  let replies = 0;

  rl.on("line", (line) => {
    const text = line.trim();
    if (LEAVE.test(text)) return void rl.close();
    if (text) {
      const reply = options.bot.handle({ text: line, user, conversation, platform: "console" });
      output.write(`${replies++ && !interactive ? "\n" : ""}${reply.text}\n${interactive ? "\n" : ""}`);
    }
    if (interactive) rl.prompt();
  });
  // Ctrl+C at the prompt ends the session like Ctrl+D.
  rl.on("SIGINT", () => rl.close());
  if (interactive) {
    output.write(GREETING);
    rl.prompt();
  }

  return {
    name: "console",
    done,
    async stop() {
      rl.close();
      await done;
    },
  };
}
