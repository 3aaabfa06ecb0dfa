import { describe, expect, it } from "vitest";
import { COMMANDS, createRegistry } from "../../../src/core/commands/index.ts";
import { CommandRegistry } from "../../../src/core/commands/registry.ts";
import type { Command } from "../../../src/core/types.ts";

const fake = (name: string, extra: Partial<Command> = {}): Command => ({
  name,
  description: `does ${name}`,
  usage: `/${name}`,
  example: `/${name}`,
  options: [],
  handler: () => ({ kind: "error", code: "internal", message: "unused" }),
  ...extra,
});

describe("the command registry", () => {
  it("holds every command once, in help order", () => {
    expect(createRegistry().list().map((c) => c.name)).toEqual(["ask", "positions", "who", "quotes", "sources", "digest", "help"]);
  });

  it("refuses a second command with the same name", () => {
    const registry = new CommandRegistry([fake("ping")]);
    expect(() => registry.register(fake("ping"))).toThrow(/\/ping is registered twice/);
    expect(() => createRegistry([...COMMANDS, fake("who")])).toThrow(/registered twice/);
  });

  it("refuses data a platform would reject", () => {
    expect(() => new CommandRegistry([fake("Bad Name")])).toThrow(/invalid command name/);
    expect(() => new CommandRegistry([fake("long", { description: "x".repeat(101) })])).toThrow(/description/);
    expect(() => new CommandRegistry([fake("ex", { example: "/other" })])).toThrow(/example/);
  });

  it("finds commands case-insensitively, with or without the slash", () => {
    const registry = createRegistry();
    expect(registry.get("/Positions")?.name).toBe("positions");
    expect(registry.get("nope")).toBeUndefined();
  });

  it.each([
    ["posiitons", "positions"],
    ["postions", "positions"],
    ["quote", "quotes"],
    ["source", "sources"],
    ["digets", "digest"],
    ["hlep", "help"],
    ["whoo", "who"],
  ])("suggests /%s -> /%s", (typo, expected) => {
    expect(createRegistry().closest(typo)?.name).toBe(expected);
  });

  it("every command has a description under 100 characters, a usage and an example of itself", () => {
    for (const c of COMMANDS) {
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.usage.startsWith(`/${c.name}`)).toBe(true);
      expect(c.example.startsWith(`/${c.name}`)).toBe(true);
      for (const o of c.options) expect(o.name).toMatch(/^[a-z][a-z0-9_-]*$/);
    }
  });
});
