/**
 * `/digest subscribe`, `/digest unsubscribe` and `/digest status`: a channel's subscription to the
 * daily digest. They need the channel the message came from (the console and the CLI have none)
 * and the bot's digest setup (`BotOptions.digest`); each replies with a short notice.
 */
import { describeDue, formatTime, nextRun } from "../../digest/schedule.ts";
import type { ChannelRef, DigestSetup } from "../../digest/types.ts";
import { UserError, type CommandContext, type SectionsReply } from "../types.ts";

/** What each subcommand does, by name. */
export const CHANNEL_SUBCOMMANDS = {
  subscribe(ctx) {
    const { setup, ref } = where(ctx, "subscribe");
    const now = ctx.clock();
    const added = setup.subscriptions.subscribe(ref, now);
    const title = added ? "Subscribed to the daily digest" : "Already subscribed to the daily digest";
    return notice(title, `${every(setup)} The next one is due ${describeDue(nextRun(setup.time, now), now)}. /digest unsubscribe stops it.`);
  },
  unsubscribe(ctx) {
    const { setup, ref } = where(ctx, "unsubscribe");
    const removed = setup.subscriptions.unsubscribe(ref);
    return removed
      ? notice("Unsubscribed from the daily digest", "I will no longer post the digest in this channel. /digest subscribe starts it again.")
      : notice("Not subscribed to the daily digest", "This channel was not subscribed, so nothing changed. /digest subscribe posts the digest here every day.");
  },
  status(ctx) {
    const { setup, ref } = where(ctx, "status");
    const now = ctx.clock();
    const subscription = setup.subscriptions.get(ref);
    const next = describeDue(nextRun(setup.time, now), now);
    if (!subscription) return notice("Not subscribed to the daily digest", `/digest subscribe posts the digest here every day at ${formatTime(setup.time)} (server time); the next one is due ${next}.`);
    const last = setup.subscriptions.lastPosted(ref);
    return notice("Subscribed to the daily digest", `${every(setup)} The next one is due ${next}.${last ? ` The last one posted here was the digest of ${last}.` : ""}`);
  },
} satisfies Record<string, (ctx: CommandContext) => SectionsReply>;

/** The channel to act on and the digest setup, or a user error saying why there is none. */
function where(ctx: CommandContext, subcommand: string): { setup: DigestSetup; ref: ChannelRef } {
  if (!ctx.channel) {
    throw new UserError("unavailable", `/digest ${subcommand} works in a Slack or Discord channel, where I can post the daily digest; here there is no channel to post to. /digest shows today's digest.`);
  }
  if (!ctx.digest) throw new UserError("unavailable", `/digest ${subcommand}: the daily digest is not set up on this bot. /digest shows today's digest.`);
  return { setup: ctx.digest, ref: { platform: ctx.platform, channel: ctx.channel } };
}

function every(setup: DigestSetup): string {
  return `I post the digest in this channel every day at ${formatTime(setup.time)} (server time).`;
}

function notice(title: string, intro: string): SectionsReply {
  return { kind: "sections", command: "digest", title, intro, sections: [] };
}
