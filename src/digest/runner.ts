/**
 * The daily digest runner: at the digest time it composes the day's digest once and posts it to
 * every subscribed channel whose platform has a poster, marking each channel posted for that day.
 *
 * Sketch: a wake-up checks the clock; once today's time has passed and today has not been run by
 * this process, it runs today; then it sleeps until the next time, at most an hour at a stretch
 * (a long timer can drift, and the machine may sleep or change its clock). A run posts to the
 * channels that subscribed before the day's time and have no mark for the day, one after another;
 * a failed post is logged and the others go on. Marks are written after each post succeeds.
 *
 * Restarts: marks live in the store, so a restart after the time posts nothing twice. A process
 * started after today's time, on a day whose digest some channels have not had, posts it to them
 * at once (catch-up); a channel that failed is tried again only by the next process. Days the bot
 * was not running at all are not caught up: the digest is about the articles now, not then.
 */
import type { Logger, Platform, Reply } from "../core/types.ts";
import { dueOn, localDay, nextRun } from "./schedule.ts";
import type { DigestSubscriptions, DigestTime, Subscription } from "./types.ts";

/** Posts a reply to a channel of one platform (an adapter's `post`); rejects when the platform refuses. */
export type Poster = (channel: string, reply: Reply) => Promise<void>;

/** A setTimeout-like timer; tests pass fake timers or a manual one. */
export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Longest sleep between two looks at the clock. */
export const MAX_SLEEP_MS = 60 * 60 * 1000;

export interface DigestRunnerOptions {
  time: DigestTime;
  subscriptions: DigestSubscriptions;
  /** The poster of each platform that can post, by platform id (`slack`, `discord`). Others' channels are skipped. */
  posters: ReadonlyMap<Platform, Poster>;
  /** The digest of a day (`YYYY-MM-DD`); undefined when there is nothing to post (no articles). */
  compose: (day: string) => Reply | undefined;
  logger: Logger;
  /** Default `() => new Date()`. */
  clock?: () => Date;
  /** Default: the global `setTimeout` and `clearTimeout`, looked up when the runner starts. */
  timer?: Timer;
}

export interface DigestRunner {
  /** Settles when the run in progress, if any, has finished. */
  idle(): Promise<void>;
  /** Stops waking up and waits for the run in progress; safe to call twice. */
  stop(): Promise<void>;
}

/** Starts the runner: it looks at the clock at once (catching up on today) and then at each digest time. */
export function startDigestRunner(options: DigestRunnerOptions): DigestRunner {
  const { time, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const timer = options.timer ?? { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };
  let lastRun: string | undefined;
  let handle: unknown;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const wake = (): void => {
    handle = undefined;
    if (stopped) return;
    const now = clock();
    const day = localDay(now);
    if (lastRun !== day && now.getTime() >= dueOn(day, time).getTime()) {
      lastRun = day;
      running = runDay(options, day, clock).catch((e: unknown) => logger.error(`digest: the run for ${day} failed`, e));
    }
    const sleep = Math.min(Math.max(nextRun(time, now).getTime() - now.getTime(), 0), MAX_SLEEP_MS);
    handle = timer.set(wake, sleep);
  };
  wake();

  return {
    idle: () => running,
    async stop() {
      stopped = true;
      if (handle !== undefined) timer.clear(handle);
      handle = undefined;
      await running;
    },
  };
}

/** Posts the digest of `day` to every channel due one; see the module comment. */
async function runDay(options: DigestRunnerOptions, day: string, clock: () => Date): Promise<void> {
  const { subscriptions, posters, logger } = options;
  const due = dueOn(day, options.time);
  const pending = subscriptions.list().filter((s) => s.since.getTime() <= due.getTime() && !subscriptions.wasPosted(s, day));
  const reachable = pending.filter((s) => posters.has(s.platform));
  const unreachable = new Set(pending.filter((s) => !posters.has(s.platform)).map((s) => String(s.platform)));
  if (unreachable.size) logger.info(`digest: not posting to ${[...unreachable].join(", ")} channels: that platform is not running`);
  if (reachable.length === 0) return;
  const reply = options.compose(day);
  if (!reply) {
    logger.warn(`digest: nothing to post for ${day}: there are no articles`);
    return;
  }
  let sent = 0;
  for (const s of reachable) {
    if (await post(posters.get(s.platform)!, s, reply, logger)) {
      subscriptions.markPosted(s, day, clock());
      sent++;
    }
  }
  logger.info(`digest: posted the digest of ${day} to ${sent} of ${reachable.length} channel(s)`);
}

async function post(poster: Poster, s: Subscription, reply: Reply, logger: Logger): Promise<boolean> {
  try {
    await poster(s.channel, reply);
    return true;
  } catch (e) {
    logger.error(`digest: could not post to ${String(s.platform)} channel ${s.channel}`, e);
    return false;
  }
}
