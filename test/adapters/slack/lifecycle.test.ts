import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startSlack } from "../../../adapters/slack/app.ts";
import { startSlackAdapter } from "../../../adapters/slack/index.ts";
import type { Bot } from "../../../src/core/bot.ts";
import type { IncomingMessage } from "../../../src/core/types.ts";
import { recordingLogger } from "../../support/kb.ts";
import { BOT_USER, FakeSlack } from "./fakeSlack.ts";
import { BOT_TOKEN, mention, recordingBot, sendEvent, slackConfig, startHarness, type Harness } from "./harness.ts";

/** What each test started, stopped after it whatever happened. */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function harness(options?: Parameters<typeof startHarness>[0]): Promise<Harness> {
  const h = await startHarness(options);
  cleanups.push(() => h.stop());
  return h;
}

async function fakeSlack(): Promise<FakeSlack> {
  const slack = await FakeSlack.start();
  cleanups.push(() => slack.close());
  return slack;
}

describe("starting and stopping the Slack adapter", () => {
  it("is what main starts: a StartAdapter taking the usual deps", () => {
    expect(startSlackAdapter).toBeTypeOf("function");
    expect(startSlackAdapter.length).toBe(1);
  });

  it("checks the bot token with Slack first, and rejects the start naming SLACK_BOT_TOKEN when Slack refuses it", async () => {
    const slack = await fakeSlack();
    slack.answerOnce("auth.test", { ok: false, error: "invalid_auth" });
    const start = startSlack({ bot: recordingBot(), config: slackConfig(), logger: recordingLogger() }, { apiUrl: slack.apiUrl, port: 0, host: "127.0.0.1" });
    await expect(start).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
    expect(slack.received.map((r) => [r.method, r.token])).toEqual([["auth.test", BOT_TOKEN]]);
  });

  it("rejects the start naming SLACK_PORT when the port is taken", async () => {
    const slack = await fakeSlack();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => taken.close(resolve)));
    const port = (taken.address() as { port: number }).port;
    const start = startSlack({ bot: recordingBot(), config: slackConfig(), logger: recordingLogger() }, { apiUrl: slack.apiUrl, port, host: "127.0.0.1" });
    await expect(start).rejects.toThrow(new RegExp(`port ${port} \\(SLACK_PORT\\).*EADDRINUSE`));
  });

  it("stops cleanly, twice, ending `done` and closing its port", async () => {
    const h = await harness();
    await Promise.all([h.adapter.stop(), h.adapter.stop()]);
    await expect(h.adapter.done).resolves.toBeUndefined();
    await expect(fetch(h.url, { method: "POST", body: "{}" })).rejects.toThrow();
  });
});

describe("posting unprompted (the daily digest)", () => {
  it("posts a reply to a channel, as blocks with the plain text beside them", async () => {
    const h = await harness();
    const digest = h.bot.handle({ text: "/digest", user: "scheduler", conversation: "digest", platform: "slack" });
    await h.adapter.post("C0DIGEST", digest);
    const post = (await h.slack.next("chat.postMessage")).body;
    expect(post).toMatchObject({ channel: "C0DIGEST", text: expect.stringMatching(/^Digest preview for 2021-03-18/) });
    expect(post.thread_ts).toBeUndefined();
    expect(post.blocks).toContainEqual({ type: "header", text: { type: "plain_text", text: "Digest preview for 2021-03-18", emoji: false } });
  });

  it("rejects when Slack refuses the post, for the caller to log", async () => {
    const h = await harness();
    h.slack.answerOnce("chat.postMessage", { ok: false, error: "not_in_channel" });
    const reply = h.bot.handle({ text: "/sources", user: "scheduler", conversation: "digest", platform: "slack" });
    await expect(h.adapter.post("C0GONE", reply)).rejects.toThrow(/not_in_channel/);
  });
});

describe("a failure while handling one event", () => {
  it("is logged once, apologised for in the thread, and the next event is answered", async () => {
    const h = await harness();
    h.slack.answerOnce("chat.postMessage", { ok: false, error: "invalid_blocks" });
    const event = mention(`<@${BOT_USER}> who is Mara Quill?`);
    await sendEvent(h.url, event);
    await h.slack.next("chat.postMessage");
    const apology = (await h.slack.next("chat.postMessage")).body;
    expect(apology).toMatchObject({ channel: "C1", thread_ts: event.ts, text: expect.stringMatching(/^Sorry, something went wrong on my side/) });
    expect(apology.blocks).toBeUndefined();
    const errors = h.logger.lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: "slack: failed to handle app_mention in C1", data: expect.objectContaining({ message: expect.stringContaining("invalid_blocks") }) });

    await sendEvent(h.url, mention(`<@${BOT_USER}> how much did the repairs cost?`));
    expect((await h.slack.next("chat.postMessage")).body.text).toMatch(/^4\.2 million dollars/);
  });

  it("is caught even when the bot itself throws (it promises not to)", async () => {
    const broken: Bot & { seen: IncomingMessage[] } = {
      commands: recordingBot().commands,
      seen: [],
      handle: () => {
        throw new Error("core exploded");
      },
    };
    const h = await harness({ bot: broken });
    await sendEvent(h.url, mention(`<@${BOT_USER}> anything`));
    expect((await h.slack.next("chat.postMessage")).body.text).toMatch(/^Sorry/);
    expect(h.logger.lines.find((l) => l.level === "error")?.data).toEqual(new Error("core exploded"));
  });
});
