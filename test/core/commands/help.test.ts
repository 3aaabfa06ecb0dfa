import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/core/commands/index.ts";
import { BUNDLED, botOver, expectKind, say } from "../../support/kb.ts";

describe("/help", () => {
  const bot = botOver(BUNDLED);

  it("lists every registered command with its usage, description and an example", () => {
    const reply = expectKind(say(bot, "/help"), "help");
    expect(reply.commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) {
      expect(reply.text).toContain(c.usage);
      expect(reply.text).toContain(c.description);
      expect(reply.text).toContain(`e.g. ${c.example}`);
    }
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

  it("every example in the help works on the bundled article", () => {
    for (const c of COMMANDS) {
      const reply = say(bot, c.example);
      expect(reply.kind, `${c.example}: ${reply.text}`).not.toBe("error");
    }
  });
});
