import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/core/commands/index.ts";
import { ALL_KBS, BUNDLED, botOver, expectKind, kb, say, tempKnowledge } from "../../support/kb.ts";

describe("/help", () => {
  const bot = botOver(BUNDLED);

  it("lists every registered command with its usage, description and an example", () => {
    const reply = expectKind(say(bot, "/help"), "help");
    expect(reply.commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) {
      expect(reply.text).toContain(c.usage);
      expect(reply.text).toContain(c.description);
      expect(reply.text).toContain(`e.g. ${c.exampleFrom?.(kb(BUNDLED)) ?? c.example}`);
    }
  });

  it("makes its examples from the articles at hand, on any articles, and names nobody when they name nobody", () => {
    for (const { dir } of ALL_KBS) {
      const reply = expectKind(say(botOver(dir), "/help"), "help");
      const people = kb(dir).articles.flatMap((a) => a.people.map((p) => p.name.toLowerCase()));
      const who = reply.commands.find((c) => c.name === "who")!.example;
      expect(people.some((name) => name.endsWith(who.replace("/who ", "")))).toBe(true);
      for (const c of reply.commands) expect(say(botOver(dir), c.example).kind, `${dir}: ${c.example}`).not.toBe("error");
    }
    const none = expectKind(say(botOver(tempKnowledge({ "notice.md": "---\ntitle: Office closed\n---\nThe office is closed on public holidays." })), "/help"), "help");
    expect(none.commands.map((c) => c.example)).toEqual(COMMANDS.map((c) => c.example));
  });

  it("answers plain 'help' too", () => {
    expect(say(bot, "help").kind).toBe("help");
  });

  it("explains one command with its options and example", () => {
    const reply = expectKind(say(bot, "/help positions"), "help");
    expect(reply.detail?.name).toBe("positions");
    expect(reply.text).toMatch(/^\/positions \[party or topic\]/);
    expect(reply.text).toContain("filter (optional)");
    expect(reply.text).toContain("Example: /positions china");
    expect(expectKind(say(bot, "/help /who"), "help").detail?.name).toBe("who");
  });

  it("suggests the closest command for an unknown one", () => {
    const reply = expectKind(say(bot, "/help posiitons"), "error");
    expect(reply.code).toBe("unknown_command");
    expect(reply.text).toContain("Did you mean /positions?");
  });

  it("every example, live or plain, works on the bundled article", () => {
    const live = expectKind(say(bot, "/help"), "help").commands.map((c) => c.example);
    for (const example of [...live, ...COMMANDS.map((c) => c.example)]) {
      const reply = say(bot, example);
      expect(reply.kind, `${example}: ${reply.text}`).not.toBe("error");
    }
  });
});
