import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIGEST_MAX_CHARS } from "../../../src/core/commands/digest.ts";
import { ALL_KBS, BUNDLED, FIXTURES, ROOT, botOver, expectKind, kb, say, tempKnowledge } from "../../support/kb.ts";

describe("/digest", () => {
  it.each(ALL_KBS.map((k) => [k.name, k.dir]))("%s: fits one chat post, has a headline per article and a source on every line", (_name, dir) => {
    const k = kb(dir);
    const reply = expectKind(say(botOver(dir), "/digest"), "sections");
    expect(reply.text.length).toBeLessThanOrEqual(DIGEST_MAX_CHARS);
    expect(reply.text.length).toBeLessThan(2000);
    for (const facts of k.articles) expect(reply.text).toContain(facts.article.title);
    for (const item of reply.sections.flatMap((s) => s.items)) expect(item.sources.length, item.text).toBeGreaterThan(0);
  });

  it("on the bundled article: who, where, when, both sides' positions, a quote and the poll numbers", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/digest"), "sections");
    expect(reply.title).toBe("Digest preview for 2021-03-18");
    const lines = reply.sections.flatMap((s) => s.items.map((i) => i.text));
    expect(lines.find((l) => l.startsWith("Who: "))).toMatch(/Antony Blinken/);
    expect(lines.find((l) => l.startsWith("Where: "))).toMatch(/Anchorage/);
    expect(lines.find((l) => l.startsWith("When: "))).toMatch(/18 March 2021/);
    expect(lines.some((l) => l.startsWith("China: "))).toBe(true);
    expect(lines.some((l) => l.startsWith("United States: "))).toBe(true);
    expect(reply.sections.find((s) => s.heading === "Quotes")?.items.length).toBeGreaterThanOrEqual(1);
    const numbers = reply.sections.find((s) => s.heading === "Numbers")!.items.map((i) => i.text).join(" ");
    expect(numbers).toContain("20 percent");
    expect(numbers).toMatch(/Nearly half/);
    expect(reply.text).toMatch(/\(s\d+(, s\d+)*\)$/m);
  });

  it("shows the notable percentages of another article", () => {
    const reply = expectKind(say(botOver(FIXTURES[1].dir), "/digest"), "sections");
    expect(reply.sections.find((s) => s.heading === "Numbers")!.items.map((i) => i.text).join(" ")).toMatch(/\d+ percent/);
  });

  it("still fits when there are many articles, by showing less", () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 40; i++) many[`story-${String(i).padStart(2, "0")}.md`] = `---\ntitle: Story number ${i} about the harbour bridge repairs and the long delays they caused\npublished: 2025-01-0${(i % 9) + 1}\n---\n\nThe city council said on Monday that the harbour bridge would stay closed for ${i + 2} weeks. "We are doing everything we can," said Mayor Lena Ortiz.\n`;
    const dir = tempKnowledge(many, [BUNDLED, ...FIXTURES.map((f) => f.dir)]);
    const reply = expectKind(say(botOver(dir), "/digest"), "sections");
    expect(reply.text.length).toBeLessThanOrEqual(DIGEST_MAX_CHARS);
    expect(reply.note).toMatch(/more articles/);
  });

  it("is the same for the same day", () => {
    expect(say(botOver(BUNDLED), "/digest").text).toBe(say(botOver(BUNDLED), "/digest").text);
  });

  it("names an unknown subcommand and lists the known ones", () => {
    const reply = expectKind(say(botOver(BUNDLED), "/digest weekly"), "error");
    expect(reply.code).toBe("bad_argument");
    expect(reply.text).toBe("Unknown subcommand 'weekly' of /digest; try subscribe, unsubscribe or status.\nUsage: /digest [subscribe|unsubscribe|status]");
  });

  it("suggests the subcommand a short form begins", () => {
    expect(expectKind(say(botOver(BUNDLED), "/digest unsub"), "error").suggestion).toBe("/digest unsubscribe");
    expect(expectKind(say(botOver(BUNDLED), "/digest st"), "error").suggestion).toBeUndefined();
  });

  it("declares its subcommands as a choice, for /help and platform registration", () => {
    const help = expectKind(say(botOver(BUNDLED), "/help digest"), "help");
    expect(help.detail?.options).toEqual([expect.objectContaining({ name: "action", required: false, choices: ["subscribe", "unsubscribe", "status"] })]);
    expect(help.text).toMatch(/^\/digest \[subscribe\|unsubscribe\|status\]\n/);
    expect(help.text).toContain("action (optional): subscribe, unsubscribe or status");
  });
});

describe("/digest, dated by the server's day", () => {
  it("titles the preview with the local date, as the posted digest is dated, not UTC's", () => {
    // At noon UTC it is already the next day in Kiribati (UTC+14).
    const script = `import { createBot } from "./src/core/bot.ts"; import { loadKnowledge } from "./src/knowledge/load.ts";
      const bot = createBot({ knowledge: loadKnowledge("knowledge"), clock: () => new Date("2021-03-18T12:00:00Z") });
      console.log(bot.handle({ text: "/digest", user: "u", conversation: "c", platform: "test" }).text.split("\\n")[0]);`;
    const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["-e", script], { cwd: ROOT, env: { ...process.env, TZ: "Pacific/Kiritimati" }, encoding: "utf8", timeout: 60_000 });
    expect(run.stdout.trim(), run.stderr).toBe("Digest preview for 2021-03-19");
  });
});
