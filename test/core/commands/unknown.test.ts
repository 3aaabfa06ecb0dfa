import { describe, expect, it } from "vitest";
import { BUNDLED, botOver, expectKind, say } from "../../support/kb.ts";

describe("an unknown command", () => {
  const bot = botOver(BUNDLED);

  it.each([
    ["/posiitons china", "/positions", "/positions [party or topic]"],
    ["/qoutes", "/quotes", "/quotes [person, side or topic]"],
    ["/WHOO", "/who", "/who [name]"],
    ["/digset", "/digest", "/digest [subscribe|unsubscribe|status]"],
  ])("%s gets 'did you mean %s?' and its usage", (input, suggestion, usage) => {
    const reply = expectKind(say(bot, input), "error");
    expect(reply.code).toBe("unknown_command");
    expect(reply.suggestion).toBe(suggestion);
    expect(reply.usage).toBe(usage);
    expect(reply.text).toContain(`Did you mean ${suggestion}?`);
    expect(reply.text).toContain(`Usage: ${usage}`);
    expect(reply.text.split("\n").length).toBeLessThanOrEqual(3);
  });

  it("with nothing close, lists the commands", () => {
    const reply = expectKind(say(bot, "/xyzzy"), "error");
    expect(reply.code).toBe("unknown_command");
    expect(reply.text).toContain("/positions");
    expect(reply.text).toContain("/help");
  });

  it.each([
    ["/sources everything", "bad_argument", "Usage: /sources"],
    ["/digest tomorrow", "bad_argument", "Usage: /digest"],
    ["/ask", "missing_argument", "Usage: /ask QUESTION"],
  ])("%s is a wrong argument with the command's usage", (input, code, usage) => {
    const reply = expectKind(say(bot, input), "error");
    expect(reply.code).toBe(code);
    expect(reply.text).toContain(usage);
  });
});
