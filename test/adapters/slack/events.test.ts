import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PING } from "../../support/kb.ts";
import { BOT_USER } from "./fakeSlack.ts";
import { BOT_TOKEN, dm, mention, sendEvent, sendSigned, startHarness, textsOf, ts, type Harness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

/** Sends an event and waits for the adapter's next post. */
async function answerTo(event: Record<string, unknown>) {
  const response = await sendEvent(h.url, event);
  expect(response.status).toBe(200);
  return (await h.slack.next("chat.postMessage")).body;
}

describe("the Slack adapter, on events", () => {
  it("answers a mention in the thread it starts: the short answer, then the source sentence and its article", async () => {
    const event = mention(`<@${BOT_USER}> When will the Harbour Bridge reopen?`);
    const post = await answerTo(event);
    expect(post).toMatchObject({ channel: "C1", thread_ts: event.ts });
    const blocks = JSON.stringify(post.blocks);
    expect(blocks.indexOf("Friday")).toBeLessThan(blocks.indexOf("will reopen on Friday after six weeks"));
    expect(blocks).toContain("Harbour bridge to reopen after repairs &amp; checks (2024-05-02)");
    expect(post.text).toMatch(/^Friday/);
    expect(h.slack.calls("chat.postMessage")[0].token).toBe(BOT_TOKEN);
  });

  it("gives the core the question without the mention, with the thread as the conversation and the channel", async () => {
    const event = mention(`<@${BOT_USER}|briefbot>   how much did the repairs cost?`);
    await answerTo(event);
    expect(h.bot.seen).toEqual([{ text: "how much did the repairs cost?", user: "U1", conversation: `C1:${event.ts}`, platform: "slack", channel: "C1" }]);
  });

  it("keeps a thread's context for a follow-up that mentions the bot there, and only there", async () => {
    const first = mention(`<@${BOT_USER}> Tell me about Mara Quill`);
    await answerTo(first);
    const followUp = await answerTo(mention(`<@${BOT_USER}> what did she say?`, { thread_ts: first.ts }));
    expect(followUp.thread_ts).toBe(first.ts);
    expect(followUp.text).toContain("We thank everyone for their patience");
    const elsewhere = await answerTo(mention(`<@${BOT_USER}> what did she say?`));
    expect(elsewhere.text).toMatch(/^I don't know/);
  });

  it("answers a direct message in place, and a message in a DM thread in that thread", async () => {
    const post = await answerTo(dm("how much did the repairs cost?"));
    expect(post.channel).toBe("D1");
    expect(post.thread_ts).toBeUndefined();
    expect(JSON.stringify(post.blocks)).toContain("4.2 million dollars");
    const root = ts();
    const inThread = await answerTo(dm("/sources", { thread_ts: root }));
    expect(inThread.thread_ts).toBe(root);
    expect(h.bot.seen.map((m) => m.conversation)).toEqual(["D1", `D1:${root}`]);
  });

  it("ignores bots (itself included), edits, other subtypes and messages outside DMs", async () => {
    const ignored = [
      dm("how much did the repairs cost?", { bot_id: "B0OTHER", user: "U0OTHERBOT" }),
      dm("how much did the repairs cost?", { user: BOT_USER }),
      dm("", { subtype: "message_changed", message: { text: "how much?", user: "U1" } }),
      dm("how much did the repairs cost?", { subtype: "file_share" }),
      dm("how much did the repairs cost?", { channel_type: "channel", channel: "C1" }),
      mention(`<@${BOT_USER}> who is Mara Quill?`, { bot_id: "B0OTHER" }),
    ];
    for (const event of ignored) expect((await sendEvent(h.url, event)).status).toBe(200);
    const marker = await answerTo(dm("/sources"));
    expect(marker.text).toMatch(/^1 article in the knowledge base/);
    expect(h.slack.calls("chat.postMessage")).toHaveLength(1);
    expect(h.bot.seen.map((m) => m.text)).toEqual(["/sources"]);
    expect(h.logger.lines.filter((l) => l.message.startsWith("slack: ignored"))).toHaveLength(ignored.length);
  });

  it("answers Slack's check of the request URL (the manifest's /slack/events)", async () => {
    const check = await sendSigned(h.url, JSON.stringify({ token: "legacy", challenge: "c-123", type: "url_verification" }), "application/json");
    expect(await check.json()).toEqual({ challenge: "c-123" });
  });

  it("refuses a request with a bad or stale signature, and posts nothing for it", async () => {
    const forged = await sendEvent(h.url, mention(`<@${BOT_USER}> who is Mara Quill?`), { secret: "not-the-secret" });
    const replayed = await sendEvent(h.url, mention(`<@${BOT_USER}> who is Mara Quill?`), { timestamp: Math.floor(Date.now() / 1000) - 60 * 10 });
    expect([forged.status, replayed.status]).toEqual([401, 401]);
    await answerTo(dm("/sources"));
    expect(h.slack.calls("chat.postMessage")).toHaveLength(1);
    expect(h.bot.seen.map((m) => m.text)).toEqual(["/sources"]);
  });

  it("never pings: broadcasts in the question and mention or link markup in the article stay text", async () => {
    const post = await answerTo(mention(`<@${BOT_USER}> <!everyone> <!here> @channel what did Quill say?`));
    const texts = textsOf(post);
    expect(texts.join("\n")).toContain("We thank everyone for their patience");
    for (const text of texts) {
      expect(text).not.toMatch(PING);
      expect(text).not.toContain("<");
    }
    expect(texts.join("\n")).toContain("&lt;https://evil.example|click here&gt;");
  });

  it("answers an empty mention with how to ask", async () => {
    const post = await answerTo(mention(`<@${BOT_USER}>`));
    expect(post.text).toMatch(/^Ask me a question about the news articles/);
  });

  it("refuses a huge message politely, without echoing it", async () => {
    const post = await answerTo(dm(`what about ${"the bridge ".repeat(4000)}?`));
    expect(post.text).toMatch(/I read at most 2,000/);
    expect(JSON.stringify(post).length).toBeLessThan(2000);
  });
});
