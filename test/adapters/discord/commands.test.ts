import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from "discord.js";
import { describe, expect, it } from "vitest";
import { commandText, slashCommand, slashCommands } from "../../../adapters/discord/commands.ts";
import { COMMANDS } from "../../../src/core/commands/index.ts";
import type { Command, CommandOption } from "../../../src/core/types.ts";

const command = (options: CommandOption[], name = "compare"): Command => ({
  name,
  description: "Compare two things.",
  usage: `/${name} [a] b`,
  example: `/${name} a b`,
  options,
  handler: () => ({ kind: "error", code: "internal", message: "unused" }),
});

describe("slash commands from the command registry", () => {
  it("has one slash command per registered command, in the registry's order", () => {
    expect(slashCommands(COMMANDS).map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))("/%s becomes a chat-input command with a string option per option", (_, c) => {
    const choices = (o: CommandOption) => (o.choices?.length ? { choices: o.choices.map((value) => ({ name: value, value })) } : {});
    expect(slashCommand(c)).toEqual({
      type: ApplicationCommandType.ChatInput,
      name: c.name,
      description: c.description,
      options: c.options.map((o) => ({ type: ApplicationCommandOptionType.String, name: o.name, description: o.description, required: o.required, ...choices(o) })),
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    });
  });

  it("puts required options before optional ones, as Discord demands", () => {
    const json = slashCommand(command([{ name: "a", description: "First, optional", required: false }, { name: "b", description: "Second, required", required: true }]));
    expect(json.options?.map((o) => [o.name, "required" in o && o.required])).toEqual([
      ["b", true],
      ["a", false],
    ]);
  });

  it.each([
    [{ name: "Filter", description: "d", required: false }, /option 'Filter' of \/compare must be 1 to 32 lower-case/],
    [{ name: "two words", description: "d", required: false }, /option 'two words' of \/compare/],
    [{ name: "filter", description: "", required: false }, /option 'filter' of \/compare needs a description of 1 to 100 characters/],
    [{ name: "filter", description: "d".repeat(101), required: false }, /needs a description of 1 to 100/],
  ])("refuses an option Discord would refuse (%j), naming the command and the option", (option, message) => {
    expect(() => slashCommand(command([option]))).toThrow(message);
  });

  it("offers an option's choices as a menu, and refuses choices Discord would refuse", () => {
    const json = slashCommand(command([{ name: "action", description: "What to do", required: false, choices: ["subscribe", "status"] }]));
    expect(json.options).toEqual([expect.objectContaining({ choices: [{ name: "subscribe", value: "subscribe" }, { name: "status", value: "status" }] })]);
    const tooMany = Array.from({ length: 26 }, (_, i) => `c${i}`);
    expect(() => slashCommand(command([{ name: "action", description: "d", required: false, choices: tooMany }]))).toThrow(/option 'action' of \/compare may have up to 25 choices/);
  });

  it("refuses more than 25 options", () => {
    const options = Array.from({ length: 26 }, (_, i) => ({ name: `o${i}`, description: "d", required: false }));
    expect(() => slashCommand(command(options))).toThrow(/\/compare has 26 options; Discord allows 25/);
  });
});

describe("the text the core reads for a slash command", () => {
  const options: CommandOption[] = [
    { name: "a", description: "d", required: false },
    { name: "b", description: "d", required: true },
  ];

  it.each([
    ["/positions china", "positions", [{ name: "filter", description: "d", required: false }], { filter: " china " }],
    ["/positions", "positions", [{ name: "filter", description: "d", required: false }], {}],
    ["/compare x y", "compare", options, { b: "y", a: "x" }],
    ["/compare y", "compare", options, { b: "y", a: "   " }],
    ["/gone", "gone", [], { stale: "value" }],
  ])("is %j", (expected, name, opts, values: Record<string, string>) => {
    expect(commandText(name, opts, (option) => values[option] ?? null)).toBe(expected);
  });
});
