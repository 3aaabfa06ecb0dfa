import { describe, expect, it } from "vitest";
import { fromDirectMessage, fromMention, fromSlashCommand, slackText } from "../../../adapters/slack/incoming.ts";

const BOT = "U0BOT";

describe("what a person typed in Slack, as the core reads it", () => {
  it.each([
    ["the bot's mention", `<@${BOT}> who is Mara Quill?`, "who is Mara Quill?"],
    ["a labelled mention of the bot", `<@${BOT}|briefbot> /positions china`, "/positions china"],
    ["the bot mentioned twice, mid-sentence", `hey <@${BOT}>, who is <@${BOT}>?`, "hey , who is ?"],
    ["another person's mention (left for the core)", `<@${BOT}> what did <@U2> say?`, "what did <@U2> say?"],
    ["a link with a label", `<@${BOT}> what does <https://news.example/a|this story> say?`, "what does this story say?"],
    ["a bare link", "is <https://news.example/a> right?", "is https://news.example/a right?"],
    ["an e-mail link", "who owns <mailto:ann@news.example|ann@news.example>?", "who owns ann@news.example?"],
    ["Slack's escaping", "did AT&amp;T say 3 &lt; 4 &gt; 2? &amp;lt;", "did AT&T say 3 < 4 > 2? &lt;"],
    ["only the mention", `<@${BOT}>`, ""],
  ])("removes or decodes %s", (_what, text, expected) => {
    expect(slackText(text, BOT)).toBe(expected);
  });
});

describe("which Slack messages are answered, and where", () => {
  const base = { channel: "C1", user: "U1", text: `<@${BOT}> hi`, ts: "10.1" };

  it("answers a mention in the thread it starts, or the thread it is in", () => {
    expect(fromMention({ ...base, type: "app_mention" }, BOT)).toEqual({ threadTs: "10.1", message: { text: "hi", user: "U1", conversation: "C1:10.1", platform: "slack", channel: "C1" } });
    expect(fromMention({ ...base, type: "app_mention", thread_ts: "9.0" }, BOT)).toMatchObject({ threadTs: "9.0", message: { conversation: "C1:9.0" } });
  });

  it("answers a DM in place, and a DM thread in its thread", () => {
    const im = { ...base, channel: "D1", channel_type: "im", text: "hi" };
    expect(fromDirectMessage(im, BOT)).toEqual({ message: { text: "hi", user: "U1", conversation: "D1", platform: "slack", channel: "D1" } });
    expect(fromDirectMessage({ ...im, thread_ts: "9.0" }, BOT)).toMatchObject({ threadTs: "9.0", message: { conversation: "D1:9.0" } });
  });

  it.each([
    ["a bot's message", { bot_id: "B1" }],
    ["a bot_message", { subtype: "bot_message" }],
    ["its own message", { user: BOT }],
    ["an edit", { subtype: "message_changed" }],
    ["a deletion", { subtype: "message_deleted" }],
    ["a join", { subtype: "channel_join" }],
    ["a message in a channel", { channel_type: "channel" }],
    ["a message without a user", { user: undefined }],
  ])("ignores %s", (_what, extra) => {
    expect(fromDirectMessage({ ...base, channel: "D1", channel_type: "im", ...extra }, BOT)).toHaveProperty("ignored");
  });

  it("reads whatever arrives without throwing", () => {
    for (const junk of [null, undefined, 42, "text", [], { text: 5 }]) {
      expect(fromMention(junk, BOT)).toHaveProperty("ignored");
      expect(fromDirectMessage(junk, BOT)).toHaveProperty("ignored");
      expect(fromSlashCommand(junk)).toMatchObject({ text: "/", platform: "slack" });
    }
  });

  it("turns a slash command into the core's command text, in its channel", () => {
    expect(fromSlashCommand({ command: "/positions", text: " china &amp; <https://x.example|taiwan> ", channel_id: "C7", user_id: "U3" })).toEqual({
      text: "/positions china & taiwan",
      user: "U3",
      conversation: "C7",
      platform: "slack",
      channel: "C7",
    });
    expect(fromSlashCommand({ command: "/help", text: "", channel_id: "D1", user_id: "U3" }).text).toBe("/help");
  });
});
