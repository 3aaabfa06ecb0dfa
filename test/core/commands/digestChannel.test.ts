import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../../src/core/types.ts";
import { memorySubscriptions } from "../../../src/digest/memory.ts";
import { BUNDLED, botOver, expectKind } from "../../support/kb.ts";

/** Local times on 18 March 2021; the digest is due at 08:00 server time. */
const at = (hour: number, minute = 0) => () => new Date(2021, 2, 18, hour, minute);
const TIME = { hour: 8, minute: 0 };

/** A bot with a fresh subscription store, and a way to speak in a Slack channel (or, with no channel, on the console). */
function setup(clock = at(7)) {
  const subscriptions = memorySubscriptions();
  const bot = botOver(BUNDLED, { clock, digest: { subscriptions, time: TIME } });
  const send = (text: string, where: Partial<IncomingMessage> = { platform: "slack", channel: "C123" }) =>
    bot.handle({ text, user: "u1", conversation: "c1", platform: "test", ...where });
  return { bot, subscriptions, send };
}

describe("/digest subscribe, unsubscribe and status in a channel", () => {
  it("subscribes the channel it is typed in, and says when the first digest is due", () => {
    const { subscriptions, send } = setup(at(7, 30));
    const reply = expectKind(send("/digest subscribe"), "sections");
    expect(reply.text).toBe(
      "Subscribed to the daily digest\nI post the digest in this channel every day at 08:00 (server time). The next one is due today at 08:00. /digest unsubscribe stops it.",
    );
    expect(subscriptions.list()).toEqual([{ platform: "slack", channel: "C123", since: at(7, 30)() }]);
  });

  it("after today's time, promises tomorrow's digest", () => {
    const { send } = setup(at(9));
    expect(send("/digest subscribe").text).toContain("The next one is due tomorrow (2021-03-19) at 08:00.");
  });

  it("says so when the channel is already subscribed, and keeps one subscription", () => {
    const { subscriptions, send } = setup();
    send("/digest subscribe");
    expect(expectKind(send("/DIGEST Subscribe"), "sections").title).toBe("Already subscribed to the daily digest");
    expect(subscriptions.list()).toHaveLength(1);
  });

  it("subscribes per platform and channel", () => {
    const { subscriptions, send } = setup();
    send("/digest subscribe", { platform: "slack", channel: "C123" });
    send("/digest subscribe", { platform: "discord", channel: "C123" });
    send("/digest subscribe", { platform: "slack", channel: "C999" });
    expect(subscriptions.list().map((s) => `${s.platform}/${s.channel}`)).toEqual(["discord/C123", "slack/C123", "slack/C999"]);
  });

  it("unsubscribes, and says when there was nothing to stop", () => {
    const { subscriptions, send } = setup();
    send("/digest subscribe");
    expect(expectKind(send("/digest unsubscribe"), "sections").text).toBe(
      "Unsubscribed from the daily digest\nI will no longer post the digest in this channel. /digest subscribe starts it again.",
    );
    expect(subscriptions.list()).toEqual([]);
    expect(expectKind(send("/digest unsubscribe"), "sections").title).toBe("Not subscribed to the daily digest");
  });

  it("tells whether the channel is subscribed, when the next digest is due and which was the last", () => {
    const { subscriptions, send } = setup(at(12));
    expect(send("/digest status").text).toBe(
      "Not subscribed to the daily digest\n/digest subscribe posts the digest here every day at 08:00 (server time); the next one is due tomorrow (2021-03-19) at 08:00.",
    );
    send("/digest subscribe");
    expect(send("/digest status").text).toBe(
      "Subscribed to the daily digest\nI post the digest in this channel every day at 08:00 (server time). The next one is due tomorrow (2021-03-19) at 08:00.",
    );
    subscriptions.markPosted({ platform: "slack", channel: "C123" }, "2021-03-17", at(8)());
    expect(send("/digest status").text).toMatch(/ The last one posted here was the digest of 2021-03-17\.$/);
    expect(send("/digest status", { platform: "slack", channel: "other" }).text).toMatch(/^Not subscribed/);
  });

  it("shows the digest time as configured, minutes included", () => {
    const subscriptions = memorySubscriptions();
    const bot = botOver(BUNDLED, { clock: at(7), digest: { subscriptions, time: { hour: 7, minute: 5 } } });
    const reply = bot.handle({ text: "/digest status", user: "u1", conversation: "c1", platform: "slack", channel: "C1" });
    expect(reply.text).toContain("every day at 07:05 (server time); the next one is due today at 07:05.");
  });
});

describe("/digest subscriptions where they cannot work", () => {
  it.each(["subscribe", "unsubscribe", "status"])("/digest %s on the console (no channel) is a user error that says why", (sub) => {
    const { subscriptions, send } = setup();
    const reply = expectKind(send(`/digest ${sub}`, { platform: "console", channel: undefined }), "error");
    expect(reply.code).toBe("unavailable");
    expect(reply.message).toBe(`/digest ${sub} works in a Slack or Discord channel, where I can post the daily digest; here there is no channel to post to. /digest shows today's digest.`);
    expect(subscriptions.list()).toEqual([]);
  });

  it("an empty channel id counts as none", () => {
    const { send } = setup();
    expect(expectKind(send("/digest subscribe", { platform: "slack", channel: "" }), "error").code).toBe("unavailable");
  });

  it("a bot made without a digest setup says the daily digest is not set up", () => {
    const bot = botOver(BUNDLED);
    const reply = expectKind(bot.handle({ text: "/digest subscribe", user: "u1", conversation: "c1", platform: "slack", channel: "C1" }), "error");
    expect(reply.code).toBe("unavailable");
    expect(reply.message).toBe("/digest subscribe: the daily digest is not set up on this bot. /digest shows today's digest.");
  });
});

describe("/digest subcommand arguments", () => {
  it("refuses words after a subcommand, and changes nothing", () => {
    const { subscriptions, send } = setup();
    expect(expectKind(send("/digest subscribe now please"), "error").message).toBe("/digest subscribe takes nothing after it.");
    expect(subscriptions.list()).toEqual([]);
  });
});
