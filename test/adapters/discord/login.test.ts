import { describe, expect, it } from "vitest";
import { startDiscord, startDiscordAdapter } from "../../../adapters/discord/index.ts";
import { readConfig } from "../../../src/config.ts";
import { FakeDiscord } from "./fakeDiscord.ts";
import { harbourBot, running } from "./harness.ts";
import { IDS } from "./payloads.ts";

describe("starting the Discord adapter", () => {
  it("rejects a token Discord refuses, naming DISCORD_TOKEN and what to do", async () => {
    await expect(running({ token: "the-real-token" })).rejects.toThrow(/^discord: could not log in with DISCORD_TOKEN: Discord refused the token; copy it again/);
  });

  it.each([
    [4004, /DISCORD_TOKEN: Discord refused the token/],
    [4014, /DISCORD_TOKEN: Discord refused one of the bot's gateway intents/],
  ])("rejects when the gateway closes with %i on IDENTIFY, saying why", async (code, message) => {
    await expect(running({ closeOnIdentify: code })).rejects.toThrow(message);
  });

  it("warns when the gateway is slow to get ready, and keeps waiting for it", async () => {
    const fake = await FakeDiscord.start({ silent: true });
    const { bot, logger } = harbourBot();
    const warned = new Promise<string>((resolve) => (logger.warn = (message: string) => void resolve(message)));
    const starting = startDiscord({ bot, logger, discord: { token: "fake-token", applicationId: IDS.app }, api: fake.api, slowLoginMs: 20 });
    expect(await warned).toMatch(/^discord: not logged in after 0.02 s: Discord's gateway has not said the bot is ready; still trying/);
    fake.release();
    const adapter = await starting;
    await adapter.stop();
    await fake.close();
  });

  it("rejects, naming DISCORD_APPLICATION_ID, when the commands cannot be registered for that application", async () => {
    await expect(running({}, { discord: { token: "fake-token", applicationId: "199999999999999999" } })).rejects.toThrow(
      /slash commands of application 199999999999999999 \(DISCORD_APPLICATION_ID\): Missing Access/,
    );
  });

  it("is not started without Discord's configuration", async () => {
    const { bot, logger } = harbourBot();
    await expect(startDiscordAdapter({ bot, logger, config: readConfig({}) })).rejects.toThrow(/set DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });
});
