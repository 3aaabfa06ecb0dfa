/**
 * `ask`: one question or command in, the bot's reply out; the contract other tools rely on.
 *
 *   ask "QUESTION"                      plain text
 *   ask --json "QUESTION"               exactly one JSON object
 *   ask --json --batch FILE|-           one JSON object per input line, in order (JSON Lines)
 *   --knowledge DIR                     DIR laid out like knowledge/ (default ./knowledge)
 *
 * Only replies go to stdout; load problems and errors go to stderr. The knowledge base is loaded
 * once; each batch line is answered on its own, with no conversation carried between lines.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createBot, type Bot } from "../core/bot.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { parseAskArgs, USAGE, type AskArgs } from "./args.ts";
import { toJson } from "./json.ts";

// Replies are written with this; anything else that writes to stdout (a library's banner, a stray
// console.log) is sent to stderr instead, so stdout stays exactly the contract.
const stdoutWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

function out(text: string): void {
  stdoutWrite(text);
}

function main(argv: string[]): number {
  let args: AskArgs;
  try {
    args = parseAskArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  let lines: string[] | undefined;
  if (args.batch !== undefined) {
    try {
      lines = splitLines(readFileSync(args.batch === "-" ? 0 : args.batch, "utf8"));
    } catch (e) {
      process.stderr.write(`ask: cannot read the batch file ${args.batch}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const dir = resolve(args.knowledge ?? process.env.KNOWLEDGE_DIR ?? "knowledge");
  const knowledge = loadKnowledge(dir);
  for (const p of knowledge.problems) process.stderr.write(`knowledge: ${p.file}: ${p.message}\n`);
  if (knowledge.articles.length === 0) process.stderr.write(`knowledge: no articles loaded from ${dir}\n`);
  const bot = createBot({ knowledge, clock: () => new Date() });

  const inputs = lines ?? [args.question ?? ""];
  inputs.forEach((input, n) => {
    const reply = answer(bot, input, n);
    if (args.json) out(`${JSON.stringify(toJson(input, reply))}\n`);
    else out(`${reply.text}\n${lines && n < inputs.length - 1 ? "\n" : ""}`);
  });
  return 0;
}

function answer(bot: Bot, input: string, n: number) {
  // A fresh conversation id per line: nothing is carried from one line to the next.
  return bot.handle({ text: input, user: "cli", conversation: `ask-${process.pid}-${n}`, platform: "cli" });
}

/** Lines of a batch file; a final newline does not add an empty line, a blank line in the middle stays. */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

process.exitCode = main(process.argv.slice(2));
