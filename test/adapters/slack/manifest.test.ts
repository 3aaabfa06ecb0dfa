import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BOT_EVENTS, BOT_SCOPES, slackManifest } from "../../../adapters/slack/manifest.ts";
import { createBot } from "../../../src/core/bot.ts";
import { COMMANDS } from "../../../src/core/commands/index.ts";
import type { Command } from "../../../src/core/types.ts";
import { CLOCK, kb } from "../../support/kb.ts";
import { runTs } from "../../support/spawn.ts";
import { NEWS } from "./harness.ts";

const bot = createBot({ knowledge: kb(NEWS), clock: CLOCK });
const URL = "https://briefbot.example.com/slack/events";

describe("the Slack app manifest", () => {
  it("has one slash command per registered command, in order, with its description and usage hint", () => {
    const commands = slackManifest(bot.commands).features.slash_commands;
    expect(commands.map((c) => c.command)).toEqual(bot.commands.map((c) => `/${c.name}`));
    for (const [i, c] of bot.commands.entries()) {
      expect(commands[i].description).toBe(c.description);
      expect(`${commands[i].command} ${commands[i].usage_hint ?? ""}`.trim()).toBe(c.usage);
    }
    expect(commands.find((c) => c.command === "/ask")?.usage_hint).toBe("QUESTION");
    expect(commands.find((c) => c.command === "/sources")).not.toHaveProperty("usage_hint");
  });

  it("follows the registry it is given, not a list of its own", () => {
    const extra: Command = { name: "weather", description: "Tomorrow's weather.", usage: "/weather [city]", example: "/weather", options: [], handler: () => ({ kind: "help", commands: [] }) };
    const names = slackManifest([...COMMANDS, extra]).features.slash_commands.map((c) => c.command);
    expect(names).toEqual([...COMMANDS.map((c) => `/${c.name}`), "/weather"]);
  });

  it("uses Socket Mode when no request URL is given, with no URL anywhere", () => {
    const m = slackManifest(bot.commands);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toContain("url");
  });

  it("sends events and every slash command to the request URL in HTTP mode", () => {
    const m = slackManifest(bot.commands, { requestUrl: URL, name: "newsbot" });
    expect(m.settings).toMatchObject({ socket_mode_enabled: false, event_subscriptions: { request_url: URL } });
    expect(m.features.slash_commands.every((c) => c.url === URL)).toBe(true);
    expect(m.display_information.name).toBe("newsbot");
    expect(m.features.bot_user.display_name).toBe("newsbot");
  });

  it("asks for the scopes and events the adapter listens to, and no more", () => {
    const m = slackManifest(bot.commands);
    expect(m.oauth_config.scopes.bot).toEqual(["app_mentions:read", "chat:write", "chat:write.public", "commands", "im:history"]);
    expect(m.settings.event_subscriptions.bot_events).toEqual(["app_mention", "message.im"]);
    expect([m.oauth_config.scopes.bot, m.settings.event_subscriptions.bot_events]).toEqual([[...BOT_SCOPES], [...BOT_EVENTS]]);
    expect(m.features.app_home.messages_tab_enabled).toBe(true);
  });

  it("refuses a request URL that is not public https, and a name Slack would refuse", () => {
    expect(() => slackManifest(bot.commands, { requestUrl: "http://localhost:3000/slack/events" })).toThrow(/https:\/\//);
    expect(() => slackManifest(bot.commands, { name: "x".repeat(36) })).toThrow(/1 to 35 characters/);
  });
});

describe("npm run slack:manifest", () => {
  it("prints the manifest as YAML, and as JSON with --json", () => {
    const yaml = runTs("adapters/slack/printManifest.ts", ["--url", URL]);
    expect(yaml.status, yaml.stderr).toBe(0);
    expect(parse(yaml.stdout)).toEqual(slackManifest(COMMANDS, { requestUrl: URL }));
    const json = runTs("adapters/slack/printManifest.ts", ["--json"]);
    expect(JSON.parse(json.stdout)).toEqual(slackManifest(COMMANDS));
  });

  it("names a bad argument and exits non-zero", () => {
    const run = runTs("adapters/slack/printManifest.ts", ["--port", "3000"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/slack:manifest: .*--port/);
    expect(run.stdout).toBe("");
  });
});
