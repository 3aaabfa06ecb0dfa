import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../../../src/core/bot.ts";
import type { Command } from "../../../src/core/types.ts";
import { CLOCK, kb, PING, recordingLogger } from "../../support/kb.ts";
import { NEWS, sendCommand, startHarness, textsOf, type Harness } from "./harness.ts";

let h: Harness;

/** Sends a slash command; returns Slack's view: the immediate acknowledgement, then what came to response_url. */
async function run(command: string, text = "", extra: { channel_id?: string } = {}) {
  const ack = await sendCommand(h.url, { command, text, response_url: h.slack.responseUrl(), ...extra });
  const ackBody = await ack.text();
  const response = (await h.slack.next("response_url")).body;
  return { status: ack.status, ackBody, response };
}

describe("the Slack adapter, on slash commands", () => {
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("acknowledges every registered command at once and empty, then answers through response_url", async () => {
    for (const { name } of h.bot.commands) {
      const { status, ackBody, response } = await run(`/${name}`);
      expect(status, name).toBe(200);
      expect(ackBody, name).toBe("");
      expect(response.text, name).toEqual(expect.any(String));
      expect(response.blocks, name).toEqual(expect.arrayContaining([expect.objectContaining({ type: expect.any(String) })]));
    }
    expect(h.bot.seen.map((m) => m.text)).toEqual(h.bot.commands.map((c) => `/${c.name}`));
  });

  it("gives the core the command and its text, with the channel as conversation and channel", async () => {
    const { response } = await run("/quotes", "quill");
    expect(h.bot.seen).toEqual([{ text: "/quotes quill", user: "U1", conversation: "C1", platform: "slack", channel: "C1" }]);
    expect(response.response_type).toBe("in_channel");
    expect(JSON.stringify(response.blocks)).toContain("We thank everyone for their patience");
  });

  it("answers /ask like a question in plain words, with its source", async () => {
    const { response } = await run("/ask", "how much did the repairs cost?");
    expect(response.text).toMatch(/^4\.2 million dollars/);
    expect(JSON.stringify(response.blocks)).toContain("said the repairs cost 4.2 million dollars");
  });

  it("shows help and mistakes only to the person who typed the command", async () => {
    expect((await run("/help")).response.response_type).toBe("ephemeral");
    const mistake = await run("/ask");
    expect(mistake.response.response_type).toBe("ephemeral");
    expect(mistake.response.text).toMatch(/^Ask me something after \/ask/);
  });

  it("never pings from a command's text", async () => {
    const { response } = await run("/ask", "<!channel> <!subteam^S1|@team> @everyone what did Quill say?");
    for (const text of textsOf(response)) {
      expect(text).not.toMatch(PING);
      expect(text).not.toContain("<");
    }
  });

  it("refuses a slash command with a bad signature and answers nothing", async () => {
    const forged = await sendCommand(h.url, { command: "/sources", response_url: h.slack.responseUrl("forged") }, { secret: "wrong" });
    expect(forged.status).toBe(401);
    await run("/help");
    expect(h.slack.calls("response_url")).toHaveLength(1);
    expect(h.bot.seen.map((m) => m.text)).toEqual(["/help"]);
  });

  it("apologises when the response cannot be delivered, logs why, and keeps answering", async () => {
    h.slack.answerOnce("response_url", { error: "expired_url" }, 404);
    await sendCommand(h.url, { command: "/sources", response_url: h.slack.responseUrl() });
    await h.slack.next("response_url");
    const apology = (await h.slack.next("response_url")).body;
    expect(apology).toMatchObject({ response_type: "ephemeral", text: expect.stringMatching(/^Sorry, something went wrong on my side/) });
    expect(h.logger.lines).toContainEqual(expect.objectContaining({ level: "error", message: "slack: failed to handle /sources in C1" }));
    expect((await run("/sources")).response.text).toMatch(/^1 article/);
  });
});

describe("slash commands generated from the registry", () => {
  afterEach(async () => {
    await h.stop();
  });

  it("answers a command that exists only in this bot's registry", async () => {
    const hello: Command = { name: "hello", description: "Says hello.", usage: "/hello", example: "/hello", options: [], handler: () => ({ kind: "error", code: "no_match", message: "Hello from the registry." }) };
    const bot = createBot({ knowledge: kb(NEWS), clock: CLOCK, logger: recordingLogger(), commands: [hello] });
    h = await startHarness({ bot: { commands: bot.commands, seen: [], handle: (m) => bot.handle(m) } });
    expect((await run("/hello")).response.text).toBe("Hello from the registry.");
  });
});
