/**
 * The daily digest's contract: when it is posted, and the store that remembers which channels
 * subscribed and which days' digests they already had. The bot reads it for `/digest subscribe`,
 * `unsubscribe` and `status`; the runner reads it to post once per channel per day.
 */
import type { Platform } from "../core/types.ts";

/** A time of day, server local time, 24-hour: `{ hour: 8, minute: 0 }` is 08:00. */
export interface DigestTime {
  /** 0 to 23. */
  hour: number;
  /** 0 to 59. */
  minute: number;
}

/** A channel on a platform: where a digest is posted. */
export interface ChannelRef {
  platform: Platform;
  /** The channel id an incoming message carried (`IncomingMessage.channel`). */
  channel: string;
}

/** A subscribed channel. */
export interface Subscription extends ChannelRef {
  /** When it subscribed. A day's digest goes only to channels subscribed before that day's time. */
  since: Date;
}

/**
 * Subscriptions to the daily digest and the record of what was posted, per (platform, channel).
 * Synchronous, like the command handlers that use it. Days are local calendar days, `YYYY-MM-DD`.
 */
export interface DigestSubscriptions {
  /** Subscribes a channel; true when it was not subscribed before (a second call keeps the first `since`). */
  subscribe(ref: ChannelRef, at: Date): boolean;
  /** Unsubscribes a channel; true when it was subscribed. Its posting history is kept. */
  unsubscribe(ref: ChannelRef): boolean;
  /** The channel's subscription, if it has one. */
  get(ref: ChannelRef): Subscription | undefined;
  /** Every subscription, ordered by platform then channel. */
  list(): Subscription[];
  /** Whether the digest of `day` was posted to the channel. */
  wasPosted(ref: ChannelRef, day: string): boolean;
  /** Records that the digest of `day` was posted to the channel; idempotent. */
  markPosted(ref: ChannelRef, day: string, at: Date): void;
  /** The latest day whose digest was posted to the channel, if any. */
  lastPosted(ref: ChannelRef): string | undefined;
  /** Releases the store (closes the database); safe to call twice. */
  close(): void;
}

/** What the bot needs for the daily digest commands; given through `BotOptions.digest`. */
export interface DigestSetup {
  subscriptions: DigestSubscriptions;
  time: DigestTime;
}
