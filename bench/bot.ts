import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { KnowledgeBase } from "../src/knowledge/base.ts";

/**
 * The bot's `handle`, loaded at run time when src/core/bot.ts exists, so the bench also runs (and
 * type-checks) in a checkout without the core. Only the part of the contract the bench uses is
 * declared here: `createBot({ knowledge, clock, logger }).handle(message) -> { kind, text }`.
 */

export interface BenchReply {
  kind: string;
  text: string;
  /** An error's code ("internal" for a bug). */
  code?: string;
  /** An answer's short answer and sources. */
  answer?: string;
  sources?: { sentence: string }[];
}

export type Handle = (text: string, conversation: string) => BenchReply;

const BOT = fileURLToPath(new URL("../src/core/bot.ts", import.meta.url));

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** `handle` over the knowledge base, or a note saying why there is none. */
export async function loadBot(kb: KnowledgeBase, clock: Date): Promise<{ handle?: Handle; note?: string }> {
  if (!existsSync(BOT)) return { note: "src/core/bot.ts does not exist yet: only answerQuestion is measured" };
  const mod = (await import(pathToFileURL(BOT).href)) as { createBot?: unknown };
  if (typeof mod.createBot !== "function") return { note: "src/core/bot.ts exports no createBot: only answerQuestion is measured" };
  const createBot = mod.createBot as (o: { knowledge: KnowledgeBase; clock: () => Date; logger: typeof silent }) => { handle(m: unknown): BenchReply };
  const bot = createBot({ knowledge: kb, clock: () => clock, logger: silent });
  return { handle: (text, conversation) => bot.handle({ text, user: "bench", conversation, platform: "cli" }) };
}
