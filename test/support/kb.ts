/** Shared test helpers: the bundled and fixture knowledge bases, loaded once per test file, and a bot over them. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot, type BotOptions } from "../../src/core/bot.ts";
import type { Reply } from "../../src/core/types.ts";
import type { KnowledgeBase } from "../../src/knowledge/base.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const BUNDLED = join(ROOT, "knowledge");
export const FIXTURES = ["kb-antitrust", "kb-budget", "kb-strike", "kb-science"].map((name) => ({ name, dir: join(ROOT, "test/fixtures", name) }));
/** The bundled article and every fixture, by name. */
export const ALL_KBS = [{ name: "bundled", dir: BUNDLED }, ...FIXTURES];

const cache = new Map<string, KnowledgeBase>();
export function kb(dir: string): KnowledgeBase {
  let k = cache.get(dir);
  if (!k) cache.set(dir, (k = loadKnowledge(dir)));
  return k;
}

/** A fixed clock: Thursday 18 March 2021, 08:00 UTC. */
export const CLOCK = () => new Date("2021-03-18T08:00:00Z");

/** A logger that records what it is given. */
export function recordingLogger() {
  const lines: { level: string; message: string; data?: unknown }[] = [];
  const rec = (level: string) => (message: string, data?: unknown) => void lines.push({ level, message, data });
  return { lines, debug: rec("debug"), info: rec("info"), warn: rec("warn"), error: rec("error") };
}

export function botOver(dir: string, options: Partial<BotOptions> = {}) {
  return createBot({ knowledge: kb(dir), clock: CLOCK, logger: recordingLogger(), ...options });
}

/** Sends one message in conversation `c1` of the test platform. */
export function say(bot: ReturnType<typeof createBot>, text: string, conversation = "c1"): Reply {
  return bot.handle({ text, user: "u1", conversation, platform: "test" });
}

/** Narrows a reply to a kind, failing the test with the reply's text when it is another. */
export function expectKind<K extends Reply["kind"]>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  if (reply.kind !== kind) throw new Error(`expected a ${kind} reply, got ${reply.kind}: ${reply.text}`);
  return reply as Extract<Reply, { kind: K }>;
}

/** The article body with straight whitespace, for "appears exactly as printed" checks. */
export function bodyOf(k: KnowledgeBase, articleId: string): string {
  return k.articles.find((f) => f.article.id === articleId)?.article.body.replace(/\s+/g, " ") ?? "";
}

/** A temporary knowledge folder with the given files under articles/ (and optionally copies of other folders' articles). */
export function tempKnowledge(files: Record<string, string>, copyFrom: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-kb-"));
  mkdirSync(join(dir, "articles"));
  for (const from of copyFrom) cpSync(join(from, "articles"), join(dir, "articles"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "articles", name), text);
  return dir;
}

/** Pings a reply must never contain. */
export const PING = /@(everyone|here|channel)\b|<!(channel|here|everyone)|<@[!&]?[\w]+>/i;
