/**
 * Digest subscriptions kept in memory: for tests, and wherever state need not outlive the process.
 * Behaves like the SQLite store in `store.ts`, so tests of the commands and the runner can use either.
 */
import type { ChannelRef, DigestSubscriptions, Subscription } from "./types.ts";

/** A new, empty in-memory store. */
export function memorySubscriptions(): DigestSubscriptions {
  const subscribed = new Map<string, Subscription>();
  const posted = new Map<string, Set<string>>();
  const key = (ref: ChannelRef) => JSON.stringify([String(ref.platform), ref.channel]);

  return {
    subscribe(ref, at) {
      if (subscribed.has(key(ref))) return false;
      subscribed.set(key(ref), { platform: ref.platform, channel: ref.channel, since: new Date(at) });
      return true;
    },
    unsubscribe(ref) {
      return subscribed.delete(key(ref));
    },
    get(ref) {
      const s = subscribed.get(key(ref));
      return s && { ...s, since: new Date(s.since) };
    },
    list() {
      const order = (a: Subscription, b: Subscription) => compare(String(a.platform), String(b.platform)) || compare(a.channel, b.channel);
      return [...subscribed.values()].sort(order).map((s) => ({ ...s, since: new Date(s.since) }));
    },
    wasPosted(ref, day) {
      return posted.get(key(ref))?.has(day) ?? false;
    },
    markPosted(ref, day) {
      const days = posted.get(key(ref)) ?? new Set<string>();
      posted.set(key(ref), days.add(day));
    },
    lastPosted(ref) {
      const days = [...(posted.get(key(ref)) ?? [])].sort();
      return days[days.length - 1];
    },
    close() {},
  };
}

/** Plain string order (SQLite's default BINARY order, for ASCII ids). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
